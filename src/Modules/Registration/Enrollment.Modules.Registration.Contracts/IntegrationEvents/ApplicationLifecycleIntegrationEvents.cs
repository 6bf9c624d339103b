using Enrollment.BuildingBlocks.Application.Events;

namespace Enrollment.Modules.Registration.Contracts.IntegrationEvents;

// Ids only: personal data stays in the Registration module.

/// <summary>「保存提交」: an application entered review (审核中) for the first time.</summary>
public sealed record ApplicationSubmittedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    Guid SeasonId) : IntegrationEvent(Id, OccurredAt);

/// <summary>A returned application (有误) was corrected and submitted again.</summary>
public sealed record ApplicationResubmittedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    Guid SeasonId) : IntegrationEvent(Id, OccurredAt);

/// <summary>The parent deleted an application (soft delete, kept for audit).</summary>
public sealed record ApplicationDeletedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    Guid SeasonId) : IntegrationEvent(Id, OccurredAt);

/// <summary>Page 3 (学生父母信息) changed: evidence holders and pre-checks that name a parent must look again.</summary>
public sealed record GuardiansChangedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ApplicationId) : IntegrationEvent(Id, OccurredAt);
