using Enrollment.BuildingBlocks.Application.Events;

namespace Enrollment.Modules.Evidence.Contracts.IntegrationEvents;

/// <summary>
/// An eligibility evidence page (5–11) was saved or skipped (「无此信息跳过」). Ids and the kind only:
/// the fields stay in the Evidence module.
/// </summary>
/// <param name="Kind">`property`, `residence-permit`, `employment`, `business`, `preferential-care`, `relocation` or `long-term-residence`.</param>
/// <param name="Skipped">True for a skip, false for saved evidence.</param>
public sealed record EvidenceChangedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    string Kind,
    bool Skipped) : IntegrationEvent(Id, OccurredAt);
