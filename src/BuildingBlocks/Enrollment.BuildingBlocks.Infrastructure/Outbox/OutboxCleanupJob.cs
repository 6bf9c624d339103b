using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enrollment.BuildingBlocks.Infrastructure.Outbox;

/// <summary>A daily Hangfire job: processed outbox rows older than the retention are deleted.</summary>
public sealed class OutboxCleanupJob(IEnumerable<ModuleDbContext> contexts, IOptions<OutboxOptions> options, TimeProvider clock)
{
    public const string RecurringJobId = "outbox-cleanup";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.Retention;
        foreach (var context in contexts)
        {
            await context.OutboxMessages
                .Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoff)
                .ExecuteDeleteAsync(cancellationToken);
        }
    }
}
