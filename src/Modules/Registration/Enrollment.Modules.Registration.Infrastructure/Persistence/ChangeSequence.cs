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
/// The applications' change sequence (ADR-0031). Every change of an application that bumps its version takes the
/// next positions of the <c>applications</c> counter in the change's own transaction and stores the last one in the
/// shadow column <see cref="Column"/>. The counter row stays locked by that transaction until it commits (on SQLite
/// the whole database is), so positions are handed out in commit order: once position n is committed, every position
/// below it is committed too. The feed serves positions up to the committed head only, so a cursor never passes a
/// position a transaction still running could fill.
/// The counter is taken <em>last</em>, after the change's rows are written: the lock serializes every application
/// write of the county, so it is held for two short statements and the commit, not for the whole save (issue 17:
/// taken first, it was held across the savepoint, the batch and EF's work, and the writes queued behind it).
/// </summary>
internal static class ChangeSequence
{
    /// <summary>The shadow column of <c>Applications</c>: the position of the application's last change.</summary>
    public const string Column = "ChangeSequence";

    public const string Index = "UX_Applications_ChangeSequence";

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

        if (context.Database.CurrentTransaction is not null)
        {
            HoldPlaces(changed);
            var written = await save(acceptAllChangesOnSuccess, cancellationToken);
            await StampAsync(context, changed, cancellationToken);
            return written;
        }

        var saved = await context.Database.CreateExecutionStrategy().ExecuteAsync(
            (context, changed, save),
            async (_, state, token) =>
            {
                await using var transaction = await state.context.Database.BeginTransactionAsync(token);
                HoldPlaces(state.changed);

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

                await StampAsync(state.context, state.changed, token);
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
