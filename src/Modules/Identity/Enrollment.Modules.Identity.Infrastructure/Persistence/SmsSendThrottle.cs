using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Identity.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.Modules.Identity.Infrastructure.Persistence;

/// <summary>When the last code went to a phone, or was asked for by an account (key <c>phone:…</c> / <c>account:…</c>).</summary>
internal sealed class SmsSendSlot
{
    public string Key { get; set; } = string.Empty;

    public DateTimeOffset LastSentAt { get; set; }
}

/// <summary>
/// The claim is a conditional UPDATE (or the INSERT of a first row) in one transaction of its own:
/// the database lets one of two racing requests change the row, and the other sees the new time.
/// Its own scope, so that it commits whatever the request's unit of work does afterwards.
/// </summary>
internal sealed class SmsSendThrottle(IServiceScopeFactory scopes) : ISmsSendThrottle
{
    public async Task<bool> TryClaimAsync(IReadOnlyCollection<string> keys, DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var cutoff = now - interval;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);

            // Always in the same order, so that two claims cannot wait for each other.
            foreach (var key in keys.Order(StringComparer.Ordinal))
            {
                var claimed = await db.SmsSendSlots
                    .Where(s => s.Key == key && s.LastSentAt <= cutoff)
                    .ExecuteUpdateAsync(s => s.SetProperty(slot => slot.LastSentAt, now), ct);
                if (claimed == 1)
                {
                    continue;
                }

                if (await db.SmsSendSlots.AnyAsync(s => s.Key == key, ct))
                {
                    return false;
                }

                db.SmsSendSlots.Add(new SmsSendSlot { Key = key, LastSentAt = now });
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException exception) when (UniqueViolation.Describe(exception) is not null)
                {
                    return false;
                }
            }

            await transaction.CommitAsync(ct);
            return true;
        }, cancellationToken);
    }
}
