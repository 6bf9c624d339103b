using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Review.Application.Notifications;
using Enrollment.Modules.Review.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Review.Infrastructure.Persistence;

/// <summary>
/// Each write is one statement on its own (an insert that the unique index may refuse, or a conditional update),
/// so that two jobs, two retries or two instances decide on the database, never on what they read before.
/// </summary>
internal sealed class ParentNotificationRepository(ReviewDbContext context) : IParentNotificationRepository
{
    public Task<ParentNotification?> FindAsync(NotificationKind kind, Guid sourceId, CancellationToken cancellationToken) =>
        context.ParentNotifications.AsNoTracking().SingleOrDefaultAsync(n => n.Kind == kind && n.SourceId == sourceId, cancellationToken);

    public Task<ParentNotification?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.ParentNotifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);

    public async Task<bool> TryAddAsync(ParentNotification notification, CancellationToken cancellationToken)
    {
        var entry = context.ParentNotifications.Add(notification);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Describe(exception) is not null)
        {
            return false;
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }

    public async Task<bool> TryClaimAsync(Guid id, Guid token, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        await context.ParentNotifications
            .Where(n => n.Id == id)
            .Where(ParentNotification.ClaimableAt(now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(n => n.Status, NotificationStatus.Sending)
                    .SetProperty(n => n.ClaimToken, token)
                    .SetProperty(n => n.ClaimedUntil, until)
                    .SetProperty(n => n.Attempts, n => n.Attempts + 1),
                cancellationToken) == 1;

    public async Task<bool> ReleaseAsync(Guid id, Guid token, NotificationRelease release, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        return await context.ParentNotifications
            .Where(n => n.Id == id && n.ClaimToken == token && n.Status == NotificationStatus.Sending)
            .ExecuteUpdateAsync(
                s => s.SetProperty(n => n.Status, release.Status)
                    .SetProperty(n => n.ClaimToken, (Guid?)null)
                    .SetProperty(n => n.ClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(n => n.ParentAccountId, n => release.ParentAccountId ?? n.ParentAccountId)
                    .SetProperty(n => n.Channel, release.Channel)
                    .SetProperty(n => n.Recipient, release.Recipient)
                    .SetProperty(n => n.LastError, release.Error)
                    .SetProperty(n => n.SentAt, release.SentAt),
                cancellationToken) == 1;
    }

    public async Task<(IReadOnlyList<ParentNotification> Items, int Total)> ListAsync(NotificationFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var lines = context.ParentNotifications.AsNoTracking();
        if (filter.ApplicationId is { } applicationId)
        {
            lines = lines.Where(n => n.ApplicationId == applicationId);
        }

        if (filter.Kind is { } kind)
        {
            lines = lines.Where(n => n.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            lines = lines.Where(n => n.Status == status);
        }

        if (filter.Channel is { } channel)
        {
            lines = lines.Where(n => n.Channel == channel);
        }

        var total = await lines.CountAsync(cancellationToken);

        // Version 7 ids grow with their creation time: newest first, stable within an instant.
        var items = await lines.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items, total);
    }
}
