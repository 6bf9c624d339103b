using System.Data.Common;
using System.Runtime.CompilerServices;
using Enrollment.Modules.Registration.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

/// <summary>
/// A named counter row: <c>applications</c> is the head of the applications' change sequence (ADR-0031).
/// It is only ever advanced by <see cref="ChangeSequence.StampAsync"/>, inside the transaction of the change.
/// </summary>
internal sealed class ChangeCounter
{
    public const string Applications = "applications";

    public string Name { get; private set; } = Applications;

    public long Value { get; private set; }
}

internal sealed class ChangeCounterConfiguration : IEntityTypeConfiguration<ChangeCounter>
{
    public void Configure(EntityTypeBuilder<ChangeCounter> builder)
    {
        builder.ToTable("ChangeCounters");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(50);
    }
}

/// <summary>
/// The applications' change sequence (ADR-0031, ADR-0045). Every change of an application that bumps its version gets a
/// new position in the change's own transaction, stored in the shadow column <see cref="Column"/>; the feed serves
/// only positions below a horizon that no transaction still running can write under, so a cursor never passes a
/// position that could still be filled.
/// <list type="bullet">
/// <item>PostgreSQL (ADR-0045): position = the transaction's id (<c>pg_current_xact_id()</c>, 64-bit, never wraps)
/// shifted left by <see cref="OrdinalBits"/>, plus an ordinal within the transaction. No shared row is locked: the
/// counter row's lock serialized every application write of the county (issue 17: 842 ms of waiting per write at
/// 50 parents). The horizon is the id of the oldest running transaction that could write this database
/// (<see cref="PostgreSqlHorizonAsync"/>): every such transaction below it has ended, and every later one gets an id
/// at or above it.</item>
/// <item>SQLite and SQL Server: the <c>applications</c> counter row, advanced in the change's transaction and locked
/// until it commits, so positions are handed out in commit order and the committed head is the horizon. SQLite has one
/// writer anyway; SQL Server's lock-free equivalent (<c>rowversion</c> with <c>MIN_ACTIVE_ROWVERSION()</c>) cannot be
/// run on this machine (no Docker engine), so it is written down in ADR-0045, not built. The counter is taken last,
/// after the change's rows are written, so its lock is held for two short statements and the commit.</item>
/// </list>
/// </summary>
internal static class ChangeSequence
{
    /// <summary>The shadow column of <c>Applications</c>: the position of the application's last change.</summary>
    public const string Column = "ChangeSequence";

    public const string Index = "UX_Applications_ChangeSequence";

    /// <summary>
    /// Low bits of a PostgreSQL position: the ordinal of the change within its transaction. 2^20 changes per
    /// transaction, and 2^43 transaction ids before a position overflows (about 27 years at 10,000 transactions a second).
    /// </summary>
    public const int OrdinalBits = 20;

    /// <summary>How many positions each open PostgreSQL transaction has given out, so a second save in it continues.</summary>
    private static readonly ConditionalWeakTable<DbTransaction, StrongBox<long>> Ordinals = [];

    /// <summary>
    /// Gives <paramref name="changed"/> their final positions before their rows are written, in this context's
    /// current transaction on PostgreSQL: one round trip (which also assigns the transaction its id), no lock.
    /// </summary>
    private static async Task MarkWithTransactionIdAsync(DbContext context, IReadOnlyList<EntityEntry<StudentApplication>> changed, CancellationToken cancellationToken)
    {
        var transactionId = (await context.Database.SqlQueryRaw<long>("SELECT pg_current_xact_id()::text::bigint AS \"Value\"").ToListAsync(cancellationToken))[0];
        var taken = Ordinals.GetValue(context.Database.CurrentTransaction!.GetDbTransaction(), _ => new StrongBox<long>());
        if (taken.Value + changed.Count >= 1L << OrdinalBits)
        {
            throw new InvalidOperationException($"One transaction may change at most {(1L << OrdinalBits) - 1} applications.");
        }

        foreach (var entry in changed)
        {
            entry.Property<long>(Column).CurrentValue = (transactionId << OrdinalBits) + ++taken.Value;
        }
    }

    /// <summary>
    /// The feed's horizon on PostgreSQL: the last position below the oldest transaction still running that could
    /// write this database, or below the next transaction id when none runs. Every position up to it belongs to a
    /// transaction that has ended. The snapshot lists the running transactions of the whole cluster; one that
    /// <c>pg_stat_activity</c> shows in another database cannot write here and does not hold the feed back (a test
    /// cluster or a shared server runs other databases' migrations and imports). One that cannot be placed (ended
    /// meanwhile, or another role's session this role may not see) counts as this database's: it can only delay.
    /// </summary>
    public static async Task<long> PostgreSqlHorizonAsync(DbContext context, CancellationToken cancellationToken) =>
        ((await context.Database.SqlQueryRaw<long>(
            """
            WITH s AS (SELECT pg_current_snapshot() AS snap)
            SELECT COALESCE(
                (SELECT min(x::text::bigint) FROM s, pg_snapshot_xip(s.snap) AS x
                 WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a
                                   WHERE a.datname <> current_database() AND a.backend_xid IS NOT NULL
                                     AND a.backend_xid::text::bigint = x::text::bigint % 4294967296)),
                (SELECT pg_snapshot_xmax(snap)::text::bigint FROM s)) AS "Value"
            """).ToListAsync(cancellationToken))[0] << OrdinalBits) - 1;

    /// <summary>New applications and changes that bumped the version (an integrator-visible change); a re-encryption does not.</summary>
    public static List<EntityEntry<StudentApplication>> ChangedApplications(DbContext context) =>
        [.. context.ChangeTracker.Entries<StudentApplication>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(a => a.Version).IsModified))];

    /// <summary>
    /// Gives each new application a placeholder position before its row is written: negative, so the feed never
    /// serves it, and random, so the unique index takes it until <see cref="StampAsync"/> replaces it in the same
    /// transaction. A changed application keeps its old position until then.
    /// </summary>
    private static void HoldPlaces(IReadOnlyList<EntityEntry<StudentApplication>> changed)
    {
        foreach (var entry in changed.Where(e => e.State == EntityState.Added))
        {
            entry.Property<long>(Column).CurrentValue = -Random.Shared.NextInt64(1, long.MaxValue);
        }
    }

    /// <summary>Takes the next positions for <paramref name="changed"/>, whose rows are written, in this context's current transaction.</summary>
    private static async Task StampAsync(DbContext context, IReadOnlyList<EntityEntry<StudentApplication>> changed, CancellationToken cancellationToken)
    {
        var counter = context.Model.FindEntityType(typeof(ChangeCounter))!;
        var sql = context.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(counter.GetTableName()!, counter.GetSchema());
        var value = sql.DelimitIdentifier(nameof(ChangeCounter.Value));
        var name = sql.DelimitIdentifier(nameof(ChangeCounter.Name));
        var count = changed.Count;
        var statement = context.Database.IsSqlServer()
            ? $"UPDATE {table} SET {value} = {value} + {count} OUTPUT inserted.{value} AS {value} WHERE {name} = '{ChangeCounter.Applications}'"
            : $"UPDATE {table} SET {value} = {value} + {count} WHERE {name} = '{ChangeCounter.Applications}' RETURNING {value}";
        var heads = await context.Database.SqlQueryRaw<long>(statement).ToListAsync(cancellationToken);
        var head = heads.Count == 1 ? heads[0] : throw new InvalidOperationException("The applications' change counter row is missing (migration AddChangeSequence).");
        var position = head - count;
        foreach (var entry in changed)
        {
            var id = entry.Entity.Id;
            var taken = ++position;
            await context.Set<StudentApplication>().Where(a => a.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => EF.Property<long>(a, Column), taken), cancellationToken);

            // The tracked entity now matches its row: the position is neither a pending change nor lost.
            var property = entry.Property<long>(Column);
            property.CurrentValue = taken;
            property.OriginalValue = taken;
            property.IsModified = false;
        }
    }

    /// <summary>
    /// Saves <paramref name="save"/> and then takes the positions, in one transaction: the caller's when there is one,
    /// else one of its own (inside the execution strategy, as retrying providers require).
    /// </summary>
    public static async Task<int> SaveStampedAsync(DbContext context, bool acceptAllChangesOnSuccess, Func<bool, CancellationToken, Task<int>> save, CancellationToken cancellationToken)
    {
        var changed = ChangedApplications(context);
        if (changed.Count == 0)
        {
            return await save(acceptAllChangesOnSuccess, cancellationToken);
        }

        var marked = context.Database.IsNpgsql();
        if (context.Database.CurrentTransaction is not null)
        {
            if (marked)
            {
                await MarkWithTransactionIdAsync(context, changed, cancellationToken);
                return await save(acceptAllChangesOnSuccess, cancellationToken);
            }

            HoldPlaces(changed);
            var written = await save(acceptAllChangesOnSuccess, cancellationToken);
            await StampAsync(context, changed, cancellationToken);
            return written;
        }

        var saved = await context.Database.CreateExecutionStrategy().ExecuteAsync(
            (context, changed, save, marked),
            async (_, state, token) =>
            {
                await using var transaction = await state.context.Database.BeginTransactionAsync(token);
                if (state.marked)
                {
                    await MarkWithTransactionIdAsync(state.context, state.changed, token);
                }
                else
                {
                    HoldPlaces(state.changed);
                }

                // This transaction is the save's own and a failure ends it whole, so the savepoint EF puts around a
                // save inside a transaction would only add two round trips.
                var savepoints = state.context.Database.AutoSavepointsEnabled;
                state.context.Database.AutoSavepointsEnabled = false;
                int rows;
                try
                {
                    rows = await state.save(false, token);
                }
                finally
                {
                    state.context.Database.AutoSavepointsEnabled = savepoints;
                }

                if (!state.marked)
                {
                    await StampAsync(state.context, state.changed, token);
                }

                await transaction.CommitAsync(token);
                return rows;
            },
            null,
            cancellationToken);
        if (acceptAllChangesOnSuccess)
        {
            context.ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }
}
