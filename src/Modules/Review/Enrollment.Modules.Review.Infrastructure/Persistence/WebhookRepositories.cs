using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Review.Application.Webhooks;
using Enrollment.Modules.Review.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Review.Infrastructure.Persistence;

internal sealed class WebhookSubscriptionRepository(ReviewDbContext context) : IWebhookSubscriptionRepository
{
    public void Add(WebhookSubscription subscription) => context.WebhookSubscriptions.Add(subscription);

    public Task<WebhookSubscription?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync(string? clientId, CancellationToken cancellationToken)
    {
        var query = context.WebhookSubscriptions.AsNoTracking().Where(s => !s.IsDeleted);
        if (clientId is not null)
        {
            query = query.Where(s => s.ClientId == clientId);
        }

        return await query.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, WebhookSubscription>> GetManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        List<Guid> wanted = [.. ids.Distinct()];
        return wanted.Count == 0
            ? new Dictionary<Guid, WebhookSubscription>()
            : await context.WebhookSubscriptions.AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
    }

    public Task<int> CountAsync(string clientId, CancellationToken cancellationToken) =>
        context.WebhookSubscriptions.CountAsync(s => s.ClientId == clientId && !s.IsDeleted, cancellationToken);

    public async Task<IReadOnlyList<WebhookSubscription>> ListWantingAsync(string eventType, CancellationToken cancellationToken) =>
        [.. (await context.WebhookSubscriptions.AsNoTracking().Where(s => s.IsActive && !s.IsDeleted).ToListAsync(cancellationToken)).Where(s => s.Wants(eventType))];
}

/// <summary>
/// Each write is one statement on its own (an insert that the unique index may refuse, or a conditional update), so
/// that two jobs, two retries or two instances decide on the database, never on what they read before.
/// </summary>
internal sealed class WebhookDeliveryRepository(ReviewDbContext context) : IWebhookDeliveryRepository
{
    public Task<WebhookDelivery?> FindAsync(Guid subscriptionId, Guid eventId, CancellationToken cancellationToken) =>
        context.WebhookDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.SubscriptionId == subscriptionId && d.EventId == eventId, cancellationToken);

    public Task<WebhookDelivery?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.WebhookDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

    public async Task<bool> TryAddAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var entry = context.WebhookDeliveries.Add(delivery);
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
        await context.WebhookDeliveries
            .Where(d => d.Id == id)
            .Where(WebhookDelivery.ClaimableAt(now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Sending)
                    .SetProperty(d => d.ClaimToken, token)
                    .SetProperty(d => d.ClaimedUntil, until)
                    .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                    .SetProperty(d => d.TotalAttempts, d => d.TotalAttempts + 1),
                cancellationToken) == 1;

    public async Task<bool> ReleaseAsync(Guid id, Guid token, WebhookRelease release, WebhookDeliveryAttempt? attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        if (attempt is not null)
        {
            var entry = context.WebhookDeliveryAttempts.Add(attempt);
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                entry.State = EntityState.Detached;
            }
        }

        return await context.WebhookDeliveries
            .Where(d => d.Id == id && d.ClaimToken == token && d.Status == WebhookDeliveryStatus.Sending)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, release.Status)
                    .SetProperty(d => d.ClaimToken, (Guid?)null)
                    .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(d => d.LastStatusCode, release.StatusCode)
                    .SetProperty(d => d.LastError, release.Error)
                    .SetProperty(d => d.LastDurationMs, d => release.DurationMs ?? d.LastDurationMs)
                    .SetProperty(d => d.LastAttemptAt, d => release.AttemptedAt ?? d.LastAttemptAt)
                    .SetProperty(d => d.NextAttemptAt, release.NextAttemptAt)
                    .SetProperty(d => d.DeliveredAt, d => release.DeliveredAt ?? d.DeliveredAt),
                cancellationToken) == 1;
    }

    public async Task<bool> ReopenAsync(Guid id, CancellationToken cancellationToken) =>
        await context.WebhookDeliveries
            .Where(d => d.Id == id && d.Status != WebhookDeliveryStatus.Sending)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Pending)
                    .SetProperty(d => d.Attempts, 0)
                    .SetProperty(d => d.Replays, d => d.Replays + 1)
                    .SetProperty(d => d.NextAttemptAt, (DateTimeOffset?)null),
                cancellationToken) == 1;

    public async Task<(IReadOnlyList<WebhookDelivery> Items, int Total)> ListAsync(WebhookDeliveryFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var lines = context.WebhookDeliveries.AsNoTracking();
        if (filter.ClientId is { } clientId)
        {
            lines = lines.Where(d => d.ClientId == clientId);
        }

        if (filter.SubscriptionId is { } subscriptionId)
        {
            lines = lines.Where(d => d.SubscriptionId == subscriptionId);
        }

        if (filter.ApplicationId is { } applicationId)
        {
            lines = lines.Where(d => d.ApplicationId == applicationId);
        }

        if (filter.EventId is { } eventId)
        {
            lines = lines.Where(d => d.EventId == eventId);
        }

        if (filter.EventType is { } eventType)
        {
            lines = lines.Where(d => d.EventType == eventType);
        }

        if (filter.Status is { } status)
        {
            lines = lines.Where(d => d.Status == status);
        }

        var total = await lines.CountAsync(cancellationToken);

        // Version 7 ids grow with their creation time: newest first, stable within an instant.
        var items = await lines.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items, total);
    }

    public async Task<IReadOnlyList<WebhookDeliveryAttempt>> ListAttemptsAsync(Guid deliveryId, CancellationToken cancellationToken) =>
        await context.WebhookDeliveryAttempts.AsNoTracking().Where(a => a.DeliveryId == deliveryId).OrderBy(a => a.Number).ThenBy(a => a.StartedAt).ToListAsync(cancellationToken);
}
