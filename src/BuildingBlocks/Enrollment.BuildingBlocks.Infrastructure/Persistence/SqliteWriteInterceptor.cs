using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Puts the modules' SQLite writes through the host's <see cref="SqliteWriteQueue"/> (ADR-0047):
/// <list type="bullet">
/// <item>a transaction (EF's own around a save, or a handler's) takes the slot before <c>BEGIN IMMEDIATE</c> and gives
/// it back when SQLite's transaction has ended — committed, rolled back or disposed
/// (<see cref="SqliteQueuedTransactionFactory"/>);</item>
/// <item>an <c>INSERT</c>, <c>UPDATE</c>, <c>DELETE</c>, <c>REPLACE</c> or <c>VACUUM</c> outside a transaction (a
/// one-row save, <c>ExecuteUpdate</c>, <c>ExecuteDelete</c>) takes it for the statement;</item>
/// <item>reads take nothing: under WAL they never wait for a writer;</item>
/// <item>each new SQLite connection gets the busy timeout (another process on the file, e.g. the <c>migrate</c> verb,
/// is waited for by SQLite in steps of 1–100 ms instead of Microsoft.Data.Sqlite's 150 ms sleeps) and
/// <c>PRAGMA synchronous</c>.</item>
/// </list>
/// One stateless instance serves every host of the process; each host's queue is found through the context's
/// application services, the scope's hold through the scope that holds the pooled context (ADR-0048).
/// </summary>
public sealed class SqliteWriteInterceptor : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    public static readonly SqliteWriteInterceptor Instance = new();

    private static readonly ConditionalWeakTable<DbTransaction, SqliteWriteLease> TransactionLeases = new();
    private static readonly ConditionalWeakTable<DbCommand, SqliteWriteLease> StatementLeases = new();
    private static readonly ConditionalWeakTable<DbCommand, LockClock> LockClocks = new();
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> PreparedHandles = new();

    private SqliteWriteInterceptor()
    {
    }

    /// <summary>Gives back the slot of a transaction whose SQLite transaction has ended (idempotent).</summary>
    internal static void Ended(DbTransaction transaction)
    {
        if (TransactionLeases.TryGetValue(transaction, out var lease))
        {
            TransactionLeases.Remove(transaction);
            lease.Dispose();
        }
    }

    // ---- transactions ----

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (result.HasResult || connection is not SqliteConnection sqlite || Services(eventData.Context) is not { } services)
        {
            return result;
        }

        return InterceptionResult<DbTransaction>.SuppressWithResult(Begin(sqlite, eventData.IsolationLevel, services.Queue, services.Queue.Enter(services.Hold)));
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (result.HasResult || connection is not SqliteConnection sqlite || Services(eventData.Context) is not { } services)
        {
            return result;
        }

        var lease = await services.Queue.EnterAsync(services.Hold, cancellationToken).ConfigureAwait(false);
        return InterceptionResult<DbTransaction>.SuppressWithResult(Begin(sqlite, eventData.IsolationLevel, services.Queue, lease));
    }

    /// <summary><c>BEGIN IMMEDIATE</c> (what EF would have sent) with the slot held; the slot goes back if it fails.</summary>
    private static SqliteTransaction Begin(SqliteConnection connection, IsolationLevel isolationLevel, SqliteWriteQueue queue, SqliteWriteLease lease)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var transaction = isolationLevel == IsolationLevel.Unspecified ? connection.BeginTransaction() : connection.BeginTransaction(isolationLevel);
            TransactionLeases.AddOrUpdate(transaction, lease);
            return transaction;
        }
        catch
        {
            lease.Dispose();
            throw;
        }
        finally
        {
            queue.Locked(Stopwatch.GetElapsedTime(started));
        }
    }

    // ---- write statements outside a transaction ----

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterStatement(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterStatementAsync(command, eventData, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ExitStatement(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ExitStatement(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        EnterStatement(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnterStatementAsync(command, eventData, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        ExitStatement(command);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        ExitStatement(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterStatement(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterStatementAsync(command, eventData, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        StopLockClock(command);
        return result;
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        StopLockClock(command);
        return ValueTask.FromResult(result);
    }

    // A write with RETURNING (a one-row INSERT of a save) ends when its reader is done. SQLite commits the statement
    // when the reader has read to the end, before EF disposes it; in the rare case it has not, the next writer's
    // busy timeout covers the moment until the reset.
    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        ExitStatement(command);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ExitStatement(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitStatement(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => ExitStatement(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitStatement(command);
        return Task.CompletedTask;
    }

    private static void EnterStatement(DbCommand command, CommandEventData eventData)
    {
        if (command.Transaction is null && IsWrite(command.CommandText) && Services(eventData.Context) is { } services)
        {
            Track(command, services.Queue, services.Queue.Enter(services.Hold));
        }
    }

    private static async ValueTask EnterStatementAsync(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken)
    {
        if (command.Transaction is null && IsWrite(command.CommandText) && Services(eventData.Context) is { } services)
        {
            Track(command, services.Queue, await services.Queue.EnterAsync(services.Hold, cancellationToken).ConfigureAwait(false));
        }
    }

    private static void Track(DbCommand command, SqliteWriteQueue queue, SqliteWriteLease lease)
    {
        if (StatementLeases.TryGetValue(command, out var stale))
        {
            stale.Dispose();
        }

        StatementLeases.AddOrUpdate(command, lease);
        LockClocks.AddOrUpdate(command, new LockClock(queue, Stopwatch.GetTimestamp()));
    }

    private static void StopLockClock(DbCommand command)
    {
        if (LockClocks.TryGetValue(command, out var clock))
        {
            LockClocks.Remove(command);
            clock.Queue.Locked(Stopwatch.GetElapsedTime(clock.Started));
        }
    }

    private static void ExitStatement(DbCommand command)
    {
        StopLockClock(command);
        if (StatementLeases.TryGetValue(command, out var lease))
        {
            StatementLeases.Remove(command);
            lease.Dispose();
        }
    }

    /// <summary>When a write statement outside a transaction was sent: how long SQLite kept it (its lock) is counted when it returns.</summary>
    private sealed record LockClock(SqliteWriteQueue Queue, long Started);

    /// <summary>Whether a statement writes: its first keyword, after blanks and comments (EF's tags).</summary>
    internal static bool IsWrite(string? sql)
    {
        if (sql is null)
        {
            return false;
        }

        var text = sql.AsSpan();
        while (true)
        {
            text = text.TrimStart();
            if (text.StartsWith("--"))
            {
                var end = text.IndexOf('\n');
                text = end < 0 ? [] : text[(end + 1)..];
            }
            else if (text.StartsWith("/*"))
            {
                var end = text.IndexOf("*/");
                text = end < 0 ? [] : text[(end + 2)..];
            }
            else
            {
                break;
            }
        }

        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("VACUUM", StringComparison.OrdinalIgnoreCase);
    }

    // ---- connections ----

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Prepare(connection, eventData);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Prepare(connection, eventData);
        return Task.CompletedTask;
    }

    /// <summary>Once per SQLite connection (pooled connections keep both settings): the busy timeout and <c>PRAGMA synchronous</c>.</summary>
    private static void Prepare(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite
            || PreparedHandles.TryGetValue(handle, out _)
            || Services(eventData.Context) is not { } services)
        {
            return;
        }

        if (services.Queue.Enabled)
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, (int)services.Queue.BusyTimeout.TotalMilliseconds);
        }

        if (!string.IsNullOrEmpty(services.Queue.Synchronous))
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = $"PRAGMA synchronous = {services.Queue.Synchronous};";
            command.ExecuteNonQuery();
        }

        PreparedHandles.AddOrUpdate(handle, services.Queue);
    }

    /// <summary>
    /// The host's queue, from the context's application services (the host's root services: the contexts are pooled,
    /// ADR-0048; none at design time), and the hold of the scope that holds the context now (none for a context made
    /// without the host).
    /// </summary>
    private static (SqliteWriteQueue Queue, SqliteWriteHold? Hold)? Services(DbContext? context)
    {
        var provider = context?.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        return provider?.GetService(typeof(SqliteWriteQueue)) is SqliteWriteQueue queue
            ? (queue, (context as ModuleDbContext)?.ScopeServices?.GetService(typeof(SqliteWriteHold)) as SqliteWriteHold)
            : null;
    }
}

/// <summary>
/// EF's transactions on SQLite, which give the write slot back once SQLite's transaction has ended: after a commit or a
/// rollback, or when disposed without either (a failed save) — never while it is still open (a failed <c>COMMIT</c>
/// keeps it until the rollback of the dispose).
/// </summary>
public sealed class SqliteQueuedTransactionFactory(RelationalTransactionFactoryDependencies dependencies) : RelationalTransactionFactory(dependencies)
{
    public override RelationalTransaction Create(IRelationalConnection connection, DbTransaction transaction, Guid transactionId, IDiagnosticsLogger<DbLoggerCategory.Database.Transaction> logger, bool transactionOwned) =>
        new QueuedTransaction(connection, transaction, transactionId, logger, transactionOwned, Dependencies.SqlGenerationHelper);

    private sealed class QueuedTransaction(IRelationalConnection connection, DbTransaction transaction, Guid transactionId, IDiagnosticsLogger<DbLoggerCategory.Database.Transaction> logger, bool transactionOwned, ISqlGenerationHelper sql)
        : RelationalTransaction(connection, transaction, transactionId, logger, transactionOwned, sql)
    {
        private readonly DbTransaction _transaction = transaction;

        public override void Commit()
        {
            base.Commit();
            SqliteWriteInterceptor.Ended(_transaction);
        }

        public override async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await base.CommitAsync(cancellationToken).ConfigureAwait(false);
            SqliteWriteInterceptor.Ended(_transaction);
        }

        public override void Rollback()
        {
            base.Rollback();
            SqliteWriteInterceptor.Ended(_transaction);
        }

        public override async Task RollbackAsync(CancellationToken cancellationToken = default)
        {
            await base.RollbackAsync(cancellationToken).ConfigureAwait(false);
            SqliteWriteInterceptor.Ended(_transaction);
        }

        public override void Dispose()
        {
            try
            {
                base.Dispose();
            }
            finally
            {
                SqliteWriteInterceptor.Ended(_transaction);
            }
        }

        public override async ValueTask DisposeAsync()
        {
            try
            {
                await base.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                SqliteWriteInterceptor.Ended(_transaction);
            }
        }
    }
}
