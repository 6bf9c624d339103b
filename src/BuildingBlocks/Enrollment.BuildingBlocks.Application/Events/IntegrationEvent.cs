using Mediator;

namespace Enrollment.BuildingBlocks.Application.Events;

/// <summary>
/// A fact one module publishes for the others. Written to the publishing module's outbox in the
/// transaction of the change and delivered after the commit, at least once: consumers must be
/// idempotent by <see cref="Id"/>.
/// </summary>
public abstract record IntegrationEvent(Guid Id, DateTimeOffset OccurredAt) : INotification;
