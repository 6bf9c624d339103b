using System.Collections.Concurrent;
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
/// Delivers outbox messages after their transaction committed. Every instance runs one; it wakes when a
/// commit of this instance wrote messages (<see cref="OutboxSignal"/>) and polls every outbox at
/// <see cref="OutboxOptions.PollInterval"/> for the rest. Per module and round it claims up to
/// <see cref="OutboxOptions.BatchSize"/> messages with one conditional UPDATE that stamps them with a claim
/// token of its own (only one instance can win a message), publishes each in a scope of its own, and marks
/// the delivered ones processed with one UPDATE. A crash before that mark delivers them again: at least
/// once, consumers are idempotent by message id (ADR-0005, ADR-0039).
/// On PostgreSQL and SQL Server the modules' outboxes drain side by side and a batch is delivered
/// <see cref="OutboxOptions.DeliveryConcurrency"/> applications at a time, each application's messages in order
/// (<see cref="OutboxPartition"/>): one at a time, delivery waited on every handler's round trips, so on the opening
/// morning the backlog grew and a submission reached Review's history 15–25 s late (issue 17).
/// </summary>
public sealed partial class OutboxProcessor(
    IServiceScopeFactory scopeFactory,
    IOptions<OutboxOptions> options,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<OutboxProcessor> logger) : BackgroundService
{
    public const string MeterName = "Enrollment.Outbox";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Dispatched = Meter.CreateCounter<long>("enrollment.outbox.dispatched");

    private long _claims;
    private IReadOnlyList<string>? _schemas;
    private int _concurrency;

    /// <summary>Names this instance in the lease column: the machine, the process and this object.</summary>
    public string InstanceId { get; } = NewInstanceId();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // Polling runs on real time even when the business clock is pinned (tests, replays).
        var nextPoll = Environment.TickCount64;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = Environment.TickCount64;
                if (now >= nextPoll)
                {
                    nextPoll = now + (long)options.Value.PollInterval.TotalMilliseconds;
                    signal.TakeModules();
                    await ProcessPendingAsync(stoppingToken);
                }
                else if (!await signal.WaitAsync(TimeSpan.FromMilliseconds(nextPoll - now), stoppingToken))
                {
                    continue;
                }
                else
                {
                    await DrainModulesAsync(signal.TakeModules(), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(logger, exception);
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Processes what is due in every module's outbox; returns how many messages were delivered.</summary>
    public Task<int> ProcessPendingAsync(CancellationToken cancellationToken) => DrainModulesAsync(Schemas(), cancellationToken);

    private async Task<int> DrainModulesAsync(IReadOnlyList<string> schemas, CancellationToken cancellationToken)
    {
        var delivered = 0;
        if (Concurrency() == 1)
        {
            foreach (var schema in schemas)
            {
                delivered += await DrainModuleAsync(schema, cancellationToken);
            }

            return delivered;
        }

        // A backlog in one module (seven evidence pages per wizard) does not hold back another's submissions.
        foreach (var count in await Task.WhenAll(schemas.Select(schema => DrainModuleAsync(schema, cancellationToken))))
        {
            delivered += count;
        }

        return delivered;
    }

    private IReadOnlyList<string> Schemas()
    {
        if (_schemas is null)
        {
            using var scope = scopeFactory.CreateScope();
            var contexts = scope.ServiceProvider.GetServices<ModuleDbContext>().ToList();
            _schemas = [.. contexts.Select(c => c.Schema)];
            _concurrency = options.Value.DeliveryConcurrency ?? (contexts.Count > 0 && contexts[0].Database.IsSqlite() ? 1 : 8);
        }

        return _schemas;
    }

    private int Concurrency()
    {
        Schemas();
        return Math.Max(1, _concurrency);
    }

    // Round after round while the rounds come back full: a backlog drains without waiting for the poll.
    private async Task<int> DrainModuleAsync(string schema, CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (true)
        {
            var (found, ok) = await ProcessModuleAsync(schema, cancellationToken);
            delivered += ok;
            if (found < options.Value.BatchSize)
            {
                return delivered;
            }
        }
    }

    /// <summary>One round in one module: claim a batch, publish each message, mark the delivered ones.</summary>
    private async Task<(int Claimed, int Delivered)> ProcessModuleAsync(string schema, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        List<OutboxMessage> messages;
        int found;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            var context = Module(scope, schema);
            var now = clock.GetUtcNow();
            var candidates = await context.OutboxMessages
                .Where(m => m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .OrderBy(m => m.OccurredAt)
                .Select(m => m.Id)
                .Take(settings.BatchSize)
                .ToListAsync(cancellationToken);
            found = candidates.Count;
            if (found == 0)
            {
                return (0, 0);
            }

            // One conditional UPDATE claims every candidate still free; the token says which ones this round won.
            var token = ClaimToken();
            var leaseEnds = now + settings.Lease;
            var claimed = await context.OutboxMessages
                .Where(m => candidates.Contains(m.Id) && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.LockedBy, token).SetProperty(m => m.LockedUntil, leaseEnds),
                    cancellationToken);
            if (claimed == 0)
            {
                return (found, 0);
            }

            messages = await context.OutboxMessages.AsNoTracking()
                .Where(m => candidates.Contains(m.Id) && m.LockedBy == token && m.ProcessedAt == null)
                .OrderBy(m => m.OccurredAt)
                .ToListAsync(cancellationToken);
        }

        var delivered = new ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(
            OutboxPartition.Split(messages),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency(), CancellationToken = cancellationToken },
            async (partition, token) =>
            {
                foreach (var message in partition)
                {
                    if (await TryDeliverAsync(schema, message, token))
                    {
                        delivered.Add(message.Id);
                    }
                }
            });

        if (delivered.Count > 0)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var processedAt = clock.GetUtcNow();
            var ids = delivered.ToList();
            await Module(scope, schema).OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.ProcessedAt, processedAt)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null),
                CancellationToken.None);
            Dispatched.Add(delivered.Count, new KeyValuePair<string, object?>("module", schema), new KeyValuePair<string, object?>("instance", InstanceId));
        }

        return (found, delivered.Count);
    }

    private async Task<bool> TryDeliverAsync(string schema, OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        try
        {
            var integrationEvent = IntegrationEventSerializer.FromOutboxMessage(message);
            var publisher = scope.ServiceProvider.GetRequiredService<IPublisher>();
            await publisher.Publish(integrationEvent, cancellationToken);
            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var settings = options.Value;
            var id = message.Id;
            var failure = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception;
            LogDeliveryFailed(logger, failure, message.Type, id, message.Attempts + 1);
            var retryAt = clock.GetUtcNow() + Backoff(message.Attempts + 1);
            var error = failure.Message.Length > 2000 ? failure.Message[..2000] : failure.Message;
            var giveUp = message.Attempts + 1 >= settings.MaxAttempts;
            await using var own = scopeFactory.CreateAsyncScope();
            await Module(own, schema).OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.LockedBy, (string?)null)
                    // A message that failed too often stays parked (lease far ahead) for an operator to look at.
                    .SetProperty(m => m.LockedUntil, giveUp ? DateTimeOffset.MaxValue.AddYears(-1) : retryAt),
                CancellationToken.None);
            return false;
        }
    }

    // The instance id and a round number: unique to one claim, so a round reads back only what it won.
    private string ClaimToken()
    {
        var token = $"{InstanceId}#{Interlocked.Increment(ref _claims)}";
        return token.Length <= 100 ? token : token[^100..];
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
