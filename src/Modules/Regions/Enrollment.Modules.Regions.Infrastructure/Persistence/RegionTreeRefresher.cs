using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Regions.Infrastructure.Persistence;

/// <summary>
/// With several instances on one database, an import on one of them must reach the others: every
/// <c>Regions:RefreshInterval</c> this compares the version of the newest import with the tree it
/// holds and reloads when they differ (one small query; the tree is never read from the database
/// on a request).
/// </summary>
internal sealed partial class RegionTreeRefresher(
    IServiceScopeFactory scopes,
    RegionTreeCache cache,
    IOptions<RegionsOptions> options,
    ILogger<RegionTreeRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.RefreshInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var context = scope.ServiceProvider.GetRequiredService<RegionsDbContext>();
                var newest = await context.Imports.AsNoTracking().OrderByDescending(i => i.ImportedAt).Select(i => i.Version).FirstOrDefaultAsync(stoppingToken);
                var current = await cache.GetAsync(stoppingToken);
                if (newest is not null && newest != current.Version)
                {
                    await cache.ReloadAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRefreshFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking for a newer region dataset failed; the current tree stays in use")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
