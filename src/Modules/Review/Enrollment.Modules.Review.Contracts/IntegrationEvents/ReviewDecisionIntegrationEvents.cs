using Enrollment.BuildingBlocks.Application.Events;

namespace Enrollment.Modules.Review.Contracts.IntegrationEvents;

// A reviewer's decision, published by the Review module in the transaction of its audit line. Ids only.
// The event's Id identifies the decision: the parent's notification is keyed by it (exactly one per decision).

/// <summary>有误: a reviewer returned the application with reasons on <paramref name="FieldCount"/> fields.</summary>
public sealed record ApplicationReturnedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    int FieldCount) : IntegrationEvent(Id, OccurredAt);

/// <summary>已提交: a reviewer accepted the application (alone or in a bulk acceptance).</summary>
public sealed record ApplicationAcceptedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ApplicationId) : IntegrationEvent(Id, OccurredAt);
