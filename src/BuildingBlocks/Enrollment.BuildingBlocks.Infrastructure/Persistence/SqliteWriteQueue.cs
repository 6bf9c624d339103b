using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// The embedded SQLite mode's one writer at a time, in process (ADR-0047). SQLite lets one connection write at a time;
/// a second writer gets <c>SQLITE_BUSY</c>, and Microsoft.Data.Sqlite answers that by blocking its thread for 150 ms
/// (<c>Thread.Sleep</c>) and trying again — so on the opening morning writes waited in 150 ms steps, in no order, each
/// holding a thread-pool thread while it slept. Here every write transaction and every write statement outside one
/// first takes this queue's single slot, waiting asynchronously and first come, first served; SQLite's lock is then
/// always free when it asks for it. A second write of the same request scope while the first still holds the slot
/// (another module's context) does not wait for the slot again: it would wait for itself.
/// Waiting longer than <see cref="Timeout"/> (30 s) is a <see cref="TimeoutException"/> (answered 503
/// <c>database.unavailable</c> with <c>Retry-After</c>).
/// </summary>
public sealed partial class SqliteWriteQueue(IOptions<DatabaseOptions> options, ILogger<SqliteWriteQueue> logger) : IDisposable
{
    public const string MeterName = "Enrollment.Sqlite";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> WritesCounter = Meter.CreateCounter<long>("enrollment.sqlite.writes", description: "write transactions and write statements outside a transaction");
    private static readonly Counter<long> QueuedCounter = Meter.CreateCounter<long>("enrollment.sqlite.writes.queued", description: "writes that found another write running and waited for it");
    private static readonly Histogram<double> WaitHistogram = Meter.CreateHistogram<double>("enrollment.sqlite.writes.wait", "ms", "time a queued write waited for the one before it");
    private static readonly Counter<long> SlowLocksCounter = Meter.CreateCounter<long>("enrollment.sqlite.lock.slow", description: "BEGIN IMMEDIATE or a write statement that blocked its thread 100 ms or more (SQLite's lock was taken)");

    private readonly SemaphoreSlim _slot = new(1, 1);
    private long _writes;
    private long _queued;
    private long _waitTicks;
    private long _maxWaitTicks;
    private long _waiting;
    private long _maxWaiting;
    private long _nested;
    private long _slowLocks;
    private long _lockTicks;
    private long _heldSince;
    private long _heldTicks;
    private long _maxHeldTicks;

    /// <summary>Whether writes take the slot; <c>false</c> (<c>Database:SqliteWriteQueue</c>) leaves them to SQLite's lock as before ADR-0047.</summary>
    public bool Enabled { get; } = options.Value.SqliteWriteQueue;

    /// <summary>How long a write may wait for the slot before it is refused (503 <c>database.unavailable</c>).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>SQLite's own busy timeout of every connection (another process on the file): <see cref="DatabaseOptions.CommandTimeoutSeconds"/>.</summary>
    public TimeSpan BusyTimeout { get; } = TimeSpan.FromSeconds(Math.Max(1, options.Value.CommandTimeoutSeconds));

    /// <summary><c>PRAGMA synchronous</c> for every connection (<c>Database:SqliteSynchronous</c>).</summary>
    public string Synchronous { get; } = options.Value.SqliteSynchronous.ToUpperInvariant();

    /// <summary>What the queue saw since the host started; the host logs it when it stops, tests read it.</summary>
    public SqliteWriteStatistics Statistics => new(
        Interlocked.Read(ref _writes),
        Interlocked.Read(ref _queued),
        TimeSpan.FromTicks(Interlocked.Read(ref _waitTicks)),
        TimeSpan.FromTicks(Interlocked.Read(ref _maxWaitTicks)),
        Interlocked.Read(ref _maxWaiting),
        Interlocked.Read(ref _nested),
        Interlocked.Read(ref _slowLocks),
        TimeSpan.FromTicks(Interlocked.Read(ref _lockTicks)),
        TimeSpan.FromTicks(Interlocked.Read(ref _heldTicks)),
        TimeSpan.FromTicks(Interlocked.Read(ref _maxHeldTicks)));

    /// <summary>Takes the slot for one write (a transaction or a statement); dispose the lease when SQLite's write has ended.</summary>
    public async ValueTask<SqliteWriteLease> EnterAsync(SqliteWriteHold? hold, CancellationToken cancellationToken)
    {
        if (TryEnterAtOnce(hold) is { } lease)
        {
            return lease;
        }

        var started = Stopwatch.GetTimestamp();
        Queued(Interlocked.Increment(ref _waiting));
        try
        {
            if (!await _slot.WaitAsync(Timeout, cancellationToken).ConfigureAwait(false))
            {
                throw new TimeoutException($"No SQLite write slot within {Timeout.TotalSeconds:N0} s.");
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return Entered(hold, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The same for the synchronous EF paths (blocking; only migrations and sync saves use them).</summary>
    public SqliteWriteLease Enter(SqliteWriteHold? hold)
    {
        if (TryEnterAtOnce(hold) is { } lease)
        {
            return lease;
        }

        var started = Stopwatch.GetTimestamp();
        Queued(Interlocked.Increment(ref _waiting));
        try
        {
            if (!_slot.Wait(Timeout))
            {
                throw new TimeoutException($"No SQLite write slot within {Timeout.TotalSeconds:N0} s.");
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return Entered(hold, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// Counts the write and enters without waiting when it can: the queue is off, the scope already holds the slot, or
    /// the slot is free. Null: the caller waits for the slot, then calls <see cref="Entered"/>.
    /// </summary>
    private SqliteWriteLease? TryEnterAtOnce(SqliteWriteHold? hold)
    {
        Interlocked.Increment(ref _writes);
        WritesCounter.Add(1);
        if (!Enabled)
        {
            return new SqliteWriteLease(this, null, counts: false);
        }

        if (hold is not null && hold.TryJoin())
        {
            Interlocked.Increment(ref _nested);
            return new SqliteWriteLease(this, hold, counts: true);
        }

        return _slot.Wait(0) ? Entered(hold, null) : null;
    }

    private SqliteWriteLease Entered(SqliteWriteHold? hold, TimeSpan? waited)
    {
        if (waited is { } time)
        {
            Waited(time);
        }

        Volatile.Write(ref _heldSince, Stopwatch.GetTimestamp());
        hold?.Enter();
        return new SqliteWriteLease(this, hold, counts: true);
    }

    /// <summary>How long SQLite itself kept a thread in <c>BEGIN IMMEDIATE</c> or a write statement (its lock, not the queue).</summary>
    internal void Locked(TimeSpan blocked)
    {
        Interlocked.Add(ref _lockTicks, blocked.Ticks);
        if (blocked >= TimeSpan.FromMilliseconds(100))
        {
            Interlocked.Increment(ref _slowLocks);
            SlowLocksCounter.Add(1);
        }
    }

    internal void Exit(SqliteWriteHold? hold)
    {
        // With a scope, the slot goes back when the scope's last write in flight has ended (whichever that is).
        if (hold is null || hold.Leave())
        {
            var held = Stopwatch.GetElapsedTime(Volatile.Read(ref _heldSince)).Ticks;
            Interlocked.Add(ref _heldTicks, held);
            long max;
            while (held > (max = Interlocked.Read(ref _maxHeldTicks)) && Interlocked.CompareExchange(ref _maxHeldTicks, held, max) != max)
            {
            }

            _slot.Release();
        }
    }

    private void Queued(long waiting)
    {
        Interlocked.Increment(ref _queued);
        QueuedCounter.Add(1);
        long max;
        while (waiting > (max = Interlocked.Read(ref _maxWaiting)) && Interlocked.CompareExchange(ref _maxWaiting, waiting, max) != max)
        {
        }
    }

    private void Waited(TimeSpan waited)
    {
        Interlocked.Add(ref _waitTicks, waited.Ticks);
        WaitHistogram.Record(waited.TotalMilliseconds);
        long max;
        while (waited.Ticks > (max = Interlocked.Read(ref _maxWaitTicks)) && Interlocked.CompareExchange(ref _maxWaitTicks, waited.Ticks, max) != max)
        {
        }
    }

    internal void LogStatistics() => LogTotals(logger, Enabled, Statistics.ToString());

    public void Dispose() => _slot.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite writes (write queue {Enabled}): {Statistics}")]
    private static partial void LogTotals(ILogger logger, bool enabled, string statistics);
}

/// <summary>What <see cref="SqliteWriteQueue"/> counted.</summary>
/// <param name="Writes">Write transactions and write statements outside a transaction.</param>
/// <param name="Queued">Writes that found another one running and waited for it in the queue.</param>
/// <param name="QueueWait">Their waits, summed (asynchronous: no thread is held while waiting).</param>
/// <param name="LongestQueueWait">The longest of them.</param>
/// <param name="MostWaiting">The most writes waiting at once.</param>
/// <param name="Nested">Writes of a request scope that already held the slot (they did not queue).</param>
/// <param name="SlowLocks">Times SQLite kept a thread 100 ms or more in <c>BEGIN IMMEDIATE</c> or a write statement: its lock was taken (without the queue, each is one or more 150 ms sleeps of Microsoft.Data.Sqlite).</param>
/// <param name="LockBlocked">Time threads spent blocked in <c>BEGIN IMMEDIATE</c> and write statements outside a transaction, summed.</param>
/// <param name="SlotHeld">Time the slot was held, summed: divided by the wall time, how busy the one writer was.</param>
/// <param name="LongestSlotHold">The longest single hold (a transaction from its <c>BEGIN</c> to its end).</param>
public sealed record SqliteWriteStatistics(long Writes, long Queued, TimeSpan QueueWait, TimeSpan LongestQueueWait, long MostWaiting, long Nested, long SlowLocks, TimeSpan LockBlocked, TimeSpan SlotHeld, TimeSpan LongestSlotHold)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Writes} writes, {Queued} queued (waited {QueueWait.TotalSeconds:N1} s in all, longest {LongestQueueWait.TotalMilliseconds:N0} ms, at most {MostWaiting} waiting at once), {Nested} nested in a scope holding the slot; SQLite's lock blocked a thread 100 ms or more {SlowLocks} times, {LockBlocked.TotalSeconds:N1} s blocked in BEGIN IMMEDIATE and write statements in all; the slot held {SlotHeld.TotalSeconds:N1} s in all, longest {LongestSlotHold.TotalMilliseconds:N0} ms");
}

/// <summary>One write's hold on the slot.</summary>
public sealed class SqliteWriteLease : IDisposable
{
    private readonly SqliteWriteQueue _queue;
    private readonly SqliteWriteHold? _hold;
    private readonly bool _counts;
    private int _released;

    /// <param name="counts">Whether ending this write may give the slot back: it took the slot or joined a scope holding it.</param>
    internal SqliteWriteLease(SqliteWriteQueue queue, SqliteWriteHold? hold, bool counts)
    {
        _queue = queue;
        _hold = hold;
        _counts = counts;
    }

    public void Dispose()
    {
        if (_counts && Interlocked.Exchange(ref _released, 1) == 0)
        {
            _queue.Exit(_hold);
        }
    }
}

/// <summary>
/// The writes of one request scope (scoped service): the scope's first write takes the slot, a second one while it
/// runs (another module's context in the same request) joins it instead of waiting for itself, and the slot is given
/// back when the last of them has ended.
/// </summary>
public sealed class SqliteWriteHold
{
    private readonly Lock _gate = new();
    private int _depth;

    internal bool TryJoin()
    {
        lock (_gate)
        {
            if (_depth == 0)
            {
                return false;
            }

            _depth++;
            return true;
        }
    }

    internal void Enter()
    {
        lock (_gate)
        {
            _depth++;
        }
    }

    /// <summary>True when this was the scope's last write in flight.</summary>
    internal bool Leave()
    {
        lock (_gate)
        {
            return --_depth == 0;
        }
    }
}

/// <summary>Logs the queue's totals when the host stops (bench/opening-morning.sh --sqlite prints them).</summary>
internal sealed class SqliteWriteQueueReport(SqliteWriteQueue queue) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        queue.LogStatistics();
        return Task.CompletedTask;
    }
}
