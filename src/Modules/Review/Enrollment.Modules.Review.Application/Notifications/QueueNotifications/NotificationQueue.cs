using Enrollment.Modules.Review.Domain.Notifications;

namespace Enrollment.Modules.Review.Application.Notifications.QueueNotifications;

/// <summary>Makes sure a notification exists once and that a send job is queued while it is not done.</summary>
public sealed class NotificationQueue(IParentNotificationRepository notifications, INotificationJobs jobs, TimeProvider clock)
{
    /// <returns>True when this call created it.</returns>
    public async Task<bool> EnsureAsync(NotificationKind kind, Guid sourceId, Guid applicationId, CancellationToken cancellationToken)
    {
        var created = false;
        var notification = await notifications.FindAsync(kind, sourceId, cancellationToken);
        if (notification is null)
        {
            var fresh = ParentNotification.Create(kind, sourceId, applicationId, clock.GetUtcNow());
            created = await notifications.TryAddAsync(fresh, cancellationToken);
            notification = created ? fresh : await notifications.FindAsync(kind, sourceId, cancellationToken);
        }

        // Queued again when an event comes again before the send is done (the job is lost with a crash between the
        // insert and the queueing): the claim lets only one job send.
        if (notification is { IsOpen: true })
        {
            jobs.Send(notification.Id);
        }

        return created;
    }
}
