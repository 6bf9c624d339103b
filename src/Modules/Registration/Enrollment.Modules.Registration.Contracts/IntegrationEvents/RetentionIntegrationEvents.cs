using Enrollment.BuildingBlocks.Application.Events;

namespace Enrollment.Modules.Registration.Contracts.IntegrationEvents;

// The retention of personal data (ADR-0041). Ids and counts only.

/// <summary>A retention dry run listed <paramref name="Listed"/> applications; nothing was changed.</summary>
public sealed record RetentionReportPlannedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ReportId,
    string PlannedBy,
    int Listed,
    DateTimeOffset ExecutesAfter) : IntegrationEvent(Id, OccurredAt);

/// <summary>
/// One batch of a retention run: these applications lost their personal data in Registration; every module that keeps
/// personal data of an application (evidence pages and photos, the reviewers' return snapshots, notification
/// recipients) removes its own.
/// </summary>
public sealed record ApplicationsAnonymizedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ReportId,
    IReadOnlyList<Guid> ApplicationIds) : IntegrationEvent(Id, OccurredAt);

/// <summary>A retention run ended: <paramref name="Anonymized"/> of the <paramref name="Listed"/> applications anonymized.</summary>
public sealed record RetentionReportExecutedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ReportId,
    string PlannedBy,
    int Listed,
    int Anonymized) : IntegrationEvent(Id, OccurredAt);
