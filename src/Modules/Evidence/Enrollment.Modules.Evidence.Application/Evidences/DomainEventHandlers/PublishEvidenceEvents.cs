using Enrollment.BuildingBlocks.Application.Events;
using Enrollment.Modules.Evidence.Contracts.IntegrationEvents;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences.Events;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Evidences.DomainEventHandlers;

/// <summary>Tells the other modules (Review: what changed), through the outbox, that a page was saved or skipped.</summary>
internal sealed class PublishEvidenceEvents(IOutbox outbox) : INotificationHandler<EvidencePageChanged>
{
    public ValueTask Handle(EvidencePageChanged notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        outbox.Add(new EvidenceChangedIntegrationEvent(
            Guid.CreateVersion7(),
            notification.OccurredAt,
            notification.ApplicationId,
            notification.Kind.Slug(),
            notification.Skipped));
        return ValueTask.CompletedTask;
    }
}
