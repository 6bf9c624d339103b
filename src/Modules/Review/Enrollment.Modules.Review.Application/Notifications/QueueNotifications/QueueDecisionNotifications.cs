using Enrollment.Modules.Review.Contracts.IntegrationEvents;
using Enrollment.Modules.Review.Domain.Notifications;
using Mediator;

namespace Enrollment.Modules.Review.Application.Notifications.QueueNotifications;

/// <summary>
/// A decision tells the parent: one notification per decision (keyed by the event's id, which is the decision's), sent
/// by a background job. The outbox may deliver an event twice; the notification's unique key keeps it one.
/// </summary>
internal sealed class QueueDecisionNotifications(NotificationQueue queue)
    : INotificationHandler<ApplicationReturnedIntegrationEvent>,
      INotificationHandler<ApplicationAcceptedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationReturnedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await queue.EnsureAsync(NotificationKind.Returned, notification.Id, notification.ApplicationId, cancellationToken);
    }

    public async ValueTask Handle(ApplicationAcceptedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await queue.EnsureAsync(NotificationKind.Accepted, notification.Id, notification.ApplicationId, cancellationToken);
    }
}
