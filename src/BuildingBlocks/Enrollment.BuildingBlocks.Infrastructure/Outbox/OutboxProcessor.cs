using System.Diagnostics.Metrics;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enrollment.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Delivers outbox messages after their transaction committed. Every instance polls; a message is
/// claimed by one conditional UPDATE (only one instance can win it), published in a scope of its
/// own, then marked processed. A crash between publish and mark delivers it again: at least once.
/// </summary>
public sealed partial class OutboxProcessor(
    IServiceScopeFactory scopeFactory,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxProcessor> logger) : BackgroundService
{
    public const string MeterName = "Enrollment.Outbox";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Dispatched = Meter.CreateCounter<long>("enrollment.outbox.dispatched");

    /// <summary>Names this instance in the lease column: the machine, the process and this object.</summary>
    public string InstanceId { get; } = NewInstanceId();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // Polling runs on real time even when the business clock is pinned (tests, replays).
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            try
            {
                await ProcessPendingAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Processes what is due in every module's outbox; returns how many messages were delivered.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        using var scope = scopeFactory.CreateScope();
        foreach (var schema in scope.ServiceProvider.GetServices<ModuleDbContext>().Select(c => c.Schema).ToList())
        {
            delivered += await ProcessModuleAsync(schema, cancellationToken);
        }

        return delivered;
    }

    private async Task<int> ProcessModuleAsync(string schema, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        List<Guid> candidates;
        using (var scope = scopeFactory.CreateScope())
        {
            var context = Module(scope, schema);
            var now = clock.GetUtcNow();
            candidates = await context.OutboxMessages
                .Where(m => m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .OrderBy(m => m.OccurredAt)
                .Select(m => m.Id)
                .Take(settings.BatchSize)
                .ToListAsync(cancellationToken);
        }

        var delivered = 0;
        foreach (var id in candidates)
        {
            if (await TryDeliverAsync(schema, id, cancellationToken))
            {
                delivered++;
            }
        }

        return delivered;
    }

    private async Task<bool> TryDeliverAsync(string schema, Guid id, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopeFactory.CreateAsyncScope();
        var context = Module(scope, schema);
        var now = clock.GetUtcNow();
        var leaseEnds = now + settings.Lease;

        var claimed = await context.OutboxMessages
            .Where(m => m.Id == id && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.LockedBy, InstanceId).SetProperty(m => m.LockedUntil, leaseEnds),
                cancellationToken);
        if (claimed != 1)
        {
            return false;
        }

        var message = await context.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            var integrationEvent = IntegrationEventSerializer.FromOutboxMessage(message);
            var publisher = scope.ServiceProvider.GetRequiredService<IPublisher>();
            await publisher.Publish(integrationEvent, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception;
            LogDeliveryFailed(logger, failure, message.Type, id, message.Attempts + 1);
            var retryAt = clock.GetUtcNow() + Backoff(message.Attempts + 1);
            var error = failure.Message.Length > 2000 ? failure.Message[..2000] : failure.Message;
            var giveUp = message.Attempts + 1 >= settings.MaxAttempts;
            await context.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.LockedBy, (string?)null)
                    // A message that failed too often stays parked (lease far ahead) for an operator to look at.
                    .SetProperty(m => m.LockedUntil, giveUp ? DateTimeOffset.MaxValue.AddYears(-1) : retryAt),
                CancellationToken.None);
            return false;
        }

        var processedAt = clock.GetUtcNow();
        await context.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.ProcessedAt, processedAt)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null),
            CancellationToken.None);
        Dispatched.Add(1, new KeyValuePair<string, object?>("module", schema), new KeyValuePair<string, object?>("instance", InstanceId));
        return true;
    }

    private static string NewInstanceId()
    {
        var id = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return id.Length <= 100 ? id : id[^100..];
    }

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, attempt)));

    private static ModuleDbContext Module(IServiceScope scope, string schema) =>
        scope.ServiceProvider.GetServices<ModuleDbContext>().Single(c => c.Schema == schema);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox poll failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering {Type} {MessageId} failed (attempt {Attempt})")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string type, Guid messageId, int attempt);
}
