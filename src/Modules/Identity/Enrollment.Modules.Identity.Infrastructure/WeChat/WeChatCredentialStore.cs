using System.Collections.Concurrent;
using Enrollment.Modules.Identity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Identity.Infrastructure.WeChat;

/// <summary>A credential every instance shares: the global access token, the jsapi_ticket.</summary>
internal sealed class WeChatCredential
{
    public string Name { get; set; } = string.Empty;

    public string? Value { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset LeaseUntil { get; set; }
}

/// <summary>
/// Keeps WeChat's global access token (and the jsapi_ticket) in the module's database, so that every
/// instance uses the same one (WeChat invalidates the previous token on each fetch through
/// <c>cgi-bin/token</c>). Refreshed before expiry by one caller at a time: one per process through a
/// semaphore, one per deployment through a lease on the row (ADR-0010).
/// </summary>
internal sealed partial class WeChatCredentialStore(IServiceScopeFactory scopes, TimeProvider clock, IOptions<WeChatOptions> options, ILogger<WeChatCredentialStore> logger)
{
    public const string AccessToken = "access_token";
    public const string JsApiTicket = "jsapi_ticket";

    private readonly string _instance = $"{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new();
    private readonly ConcurrentDictionary<string, (string Value, DateTimeOffset ExpiresAt)> _memory = new();

    public async Task<string> GetAsync(string name, Func<CancellationToken, Task<(string Value, int ExpiresInSeconds)>> fetch, CancellationToken cancellationToken)
    {
        if (Fresh(name) is { } cached)
        {
            return cached;
        }

        var gate = _locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                if (Fresh(name) is { } again)
                {
                    return again;
                }

                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
                var now = clock.GetUtcNow();
                var row = await db.WeChatCredentials.AsNoTracking().SingleOrDefaultAsync(c => c.Name == name, cancellationToken);
                if (row?.Value is { } stored && row.ExpiresAt - options.Value.RefreshBeforeExpiry > now)
                {
                    _memory[name] = (stored, row.ExpiresAt);
                    return stored;
                }

                if (row is null)
                {
                    db.WeChatCredentials.Add(new WeChatCredential { Name = name, ExpiresAt = now, LeaseUntil = DateTimeOffset.UnixEpoch });
                    try
                    {
                        await db.SaveChangesAsync(cancellationToken);
                    }
                    catch (DbUpdateException)
                    {
                        // Another instance created it first.
                    }

                    db.ChangeTracker.Clear();
                }

                // The lease goes only to a caller that finds the value still stale and no lease running,
                // in one statement: an instance that read the row just before another stored a fresh
                // value does not fetch again.
                var leaseUntil = now + options.Value.RefreshLease;
                var refreshFrom = now + options.Value.RefreshBeforeExpiry;
                var leased = await db.WeChatCredentials
                    .Where(c => c.Name == name && c.LeaseUntil < now && (c.Value == null || c.ExpiresAt <= refreshFrom))
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseOwner, _instance).SetProperty(c => c.LeaseUntil, leaseUntil), cancellationToken);
                if (leased == 1)
                {
                    try
                    {
                        var (value, expiresIn) = await fetch(cancellationToken);
                        var expiresAt = clock.GetUtcNow() + TimeSpan.FromSeconds(expiresIn);
                        await db.WeChatCredentials
                            .Where(c => c.Name == name && c.LeaseOwner == _instance)
                            .ExecuteUpdateAsync(
                                s => s.SetProperty(c => c.Value, value).SetProperty(c => c.ExpiresAt, expiresAt)
                                    .SetProperty(c => c.LeaseOwner, (string?)null).SetProperty(c => c.LeaseUntil, DateTimeOffset.UnixEpoch),
                                cancellationToken);
                        _memory[name] = (value, expiresAt);
                        LogRefreshed(logger, name, expiresAt);
                        return value;
                    }
                    catch
                    {
                        await db.WeChatCredentials
                            .Where(c => c.Name == name && c.LeaseOwner == _instance)
                            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseOwner, (string?)null).SetProperty(c => c.LeaseUntil, DateTimeOffset.UnixEpoch), CancellationToken.None);
                        throw;
                    }
                }

                // Another instance is refreshing: wait for its result (or for its lease to run out).
                if (attempt > 1200)
                {
                    throw new TimeoutException($"The shared WeChat credential '{name}' was not refreshed in time.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>WeChat refused the value (40001, 42001): forget it everywhere, unless it was refreshed already.</summary>
    public async Task InvalidateAsync(string name, string staleValue, CancellationToken cancellationToken)
    {
        _memory.TryRemove(name, out _);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        await db.WeChatCredentials
            .Where(c => c.Name == name && c.Value == staleValue)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, (string?)null), cancellationToken);
    }

    private string? Fresh(string name) =>
        _memory.TryGetValue(name, out var entry) && entry.ExpiresAt - options.Value.RefreshBeforeExpiry > clock.GetUtcNow() ? entry.Value : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "WeChat {Name} refreshed, valid until {ExpiresAt}")]
    private static partial void LogRefreshed(ILogger logger, string name, DateTimeOffset expiresAt);
}
