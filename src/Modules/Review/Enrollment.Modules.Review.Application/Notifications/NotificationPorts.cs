using Enrollment.Modules.Review.Domain.Notifications;

namespace Enrollment.Modules.Review.Application.Notifications;

/// <summary>The notifications to parents and their log. Writes here are immediate (not part of a unit of work): each is one atomic step.</summary>
public interface IParentNotificationRepository
{
    Task<ParentNotification?> FindAsync(NotificationKind kind, Guid sourceId, CancellationToken cancellationToken);

    Task<ParentNotification?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Inserts it; false (nothing written) when one of its kind and source exists already (the unique index decides a race).</summary>
    Task<bool> TryAddAsync(ParentNotification notification, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically: when <see cref="ParentNotification.ClaimableAt"/> holds, status Sending, attempts + 1, this token and
    /// claim until <paramref name="until"/>. False when another job holds it or it is done.
    /// </summary>
    Task<bool> TryClaimAsync(Guid id, Guid token, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Ends the claim made with <paramref name="token"/> (nothing happens when it is no longer this token's).</summary>
    Task<bool> ReleaseAsync(Guid id, Guid token, NotificationRelease release, CancellationToken cancellationToken);

    Task<(IReadOnlyList<ParentNotification> Items, int Total)> ListAsync(NotificationFilter filter, int page, int pageSize, CancellationToken cancellationToken);
}

/// <summary>How a claimed send ended: the new status and what to keep of it.</summary>
public sealed record NotificationRelease(
    NotificationStatus Status,
    Guid? ParentAccountId,
    string? Channel,
    string? Recipient,
    string? Error,
    DateTimeOffset? SentAt);

/// <summary>The filters of <c>GET /api/v1/review/notifications</c>; null: any.</summary>
public sealed record NotificationFilter(Guid? ApplicationId, NotificationKind? Kind, NotificationStatus? Status, string? Channel);

/// <summary>Queues the send job of a notification (Hangfire).</summary>
public interface INotificationJobs
{
    void Send(Guid notificationId);
}
