using System.Text;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enrollment.BuildingBlocks.Infrastructure.PersonalData;

/// <summary>One table family (a root entity and what it owns) whose personal columns the job rewrites.</summary>
public interface IPersonalDataRewrite
{
    string Name { get; }

    /// <summary>Rewrites at most <paramref name="batchSize"/> rows not yet under the active key, in one transaction; returns how many it took.</summary>
    Task<int> RunBatchAsync(int batchSize, CancellationToken cancellationToken);
}

/// <summary>How many rows of each table family the job rewrote.</summary>
public sealed record PersonalDataReencryptionReport(IReadOnlyDictionary<string, int> Rewritten)
{
    public int Total => Rewritten.Values.Sum();
}

/// <summary>
/// Moves every personal value to the active key, in batches: legacy plaintext (no <c>v1:</c> prefix, rows written before
/// encryption) is encrypted, values under an older key are re-encrypted, missing blind indexes are computed. Each batch
/// selects only rows still to do, so the job is resumable: stopped half-way, the next run continues where it was.
/// Enqueued at every start and on demand (Hangfire dashboard, recurring job <see cref="RecurringJobId"/>).
/// </summary>
public sealed partial class PersonalDataReencryptionJob(
    IServiceScopeFactory scopes,
    IOptions<PersonalDataOptions> options,
    ILogger<PersonalDataReencryptionJob> logger)
{
    public const string RecurringJobId = "personal-data-reencryption";

    /// <summary>A guard against a row that would match for ever: at most this many batches per table family and run.</summary>
    private const int MaxBatches = 100_000;

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<PersonalDataReencryptionReport> RunAsync(CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, options.Value.Encryption.BatchSize);
        List<string> names;
        await using (var scope = scopes.CreateAsyncScope())
        {
            names = [.. scope.ServiceProvider.GetServices<IPersonalDataRewrite>().Select(r => r.Name)];
        }

        var report = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var total = 0;
            for (var batch = 0; batch < MaxBatches; batch++)
            {
                // A fresh scope (and context) per batch: the change tracker stays small, a failed batch does not poison the next.
                await using var scope = scopes.CreateAsyncScope();
                var rewrite = scope.ServiceProvider.GetServices<IPersonalDataRewrite>().Single(r => r.Name == name);
                int done;
                try
                {
                    done = await rewrite.RunBatchAsync(batchSize, cancellationToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // A row changed under the batch: its new version is written under the active key anyway; try again.
                    continue;
                }

                total += done;
                if (done < batchSize)
                {
                    break;
                }
            }

            report[name] = total;
            if (total > 0)
            {
                LogRewritten(logger, name, total);
            }
        }

        if (report.Values.Any(count => count > 0))
        {
            await CompactSqliteAsync(cancellationToken);
        }

        return new PersonalDataReencryptionReport(report);
    }

    /// <summary>
    /// SQLite keeps the bytes of the rows just rewritten in its free pages: the plaintext would stay in the file until
    /// they are reused. VACUUM rebuilds the file without them (PostgreSQL: see the ADR, VACUUM FULL by the operator).
    /// </summary>
    private async Task CompactSqliteAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetServices<ModuleDbContext>().FirstOrDefault();
        if (context is null || !context.Database.IsSqlite())
        {
            return;
        }

        // Other writers (the outbox wakes on every commit) can hold the file for a moment: try a few times.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await context.Database.ExecuteSqlRawAsync("VACUUM", cancellationToken);

                // In WAL mode the old pages stay in the main file until a checkpoint copies the new ones over them.
                await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
                return;
            }
            catch (Microsoft.Data.Sqlite.SqliteException) when (attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
            }
            catch (Microsoft.Data.Sqlite.SqliteException exception)
            {
                // Still busy: the next run (or the operator) compacts it.
                LogVacuumFailed(logger, exception.SqliteErrorCode);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Personal data re-encryption: VACUUM of the SQLite file failed (SQLite error {Code}); old plaintext may remain in its free pages until it runs")]
    private static partial void LogVacuumFailed(ILogger logger, int code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Personal data re-encryption: {Count} rows of {Name} moved to the active key")]
    private static partial void LogRewritten(ILogger logger, string name, int count);
}

/// <summary>
/// The generic rewrite of a root entity and the entities it owns: selects, with SQL built from the EF model, the roots
/// whose encrypted columns are plaintext or under another key, or whose blind index is missing; marks those columns
/// modified and saves (the converters encrypt with the active key, the context fills the blind indexes).
/// </summary>
internal sealed class EntityRewrite<TContext, TEntity>(TContext context) : IPersonalDataRewrite
    where TContext : ModuleDbContext
    where TEntity : class
{
    public string Name => $"{context.Schema}.{typeof(TEntity).Name}";

    public async Task<int> RunBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        var sql = SelectToDo();
        // In key order: any batch would do (a rewritten row drops out of the selection), but a batch without an order
        // is one EF Core warns about each time it compiles it.
        var key = context.Model.FindEntityType(typeof(TEntity))!.FindPrimaryKey()!.Properties[0].Name;
        var batch = await context.Set<TEntity>().FromSqlRaw(sql).OrderBy(e => EF.Property<object>(e, key)).Take(batchSize).ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            foreach (var property in entry.Metadata.GetProperties())
            {
                // Marking the encrypted sources modified also makes the context (re)compute their blind indexes.
                if (IsPersonal(property) && entry.Property(property.Name).CurrentValue is not null)
                {
                    entry.Property(property.Name).IsModified = true;
                }
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        return batch.Count;
    }

    private static bool IsPersonal(IProperty property) =>
        property.GetValueConverter() is IEncryptedConverter or BlindIndexConverter;

    private string SelectToDo()
    {
        var root = context.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var sql = context.GetService<ISqlGenerationHelper>();
        var activePrefix = context.PersonalData.ActivePrefix;
        var conditions = new List<string>();
        Collect(root, "r", conditions);

        foreach (var navigation in root.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent))
        {
            var owned = navigation.TargetEntityType;
            if (owned.GetTableName() == root.GetTableName() && owned.GetSchema() == root.GetSchema())
            {
                Collect(owned, "r", conditions);
                continue;
            }

            var inner = new List<string>();
            Collect(owned, "o", inner);
            if (inner.Count == 0)
            {
                continue;
            }

            var ownedTable = StoreObjectIdentifier.Table(owned.GetTableName()!, owned.GetSchema());
            var rootTable = StoreObjectIdentifier.Table(root.GetTableName()!, root.GetSchema());
            var join = string.Join(" AND ", navigation.ForeignKey.Properties.Zip(navigation.ForeignKey.PrincipalKey.Properties,
                (fk, pk) => $"o.{sql.DelimitIdentifier(fk.GetColumnName(ownedTable)!)} = r.{sql.DelimitIdentifier(pk.GetColumnName(rootTable)!)}"));
            conditions.Add($"EXISTS (SELECT 1 FROM {sql.DelimitIdentifier(owned.GetTableName()!, owned.GetSchema())} o WHERE {join} AND ({string.Join(" OR ", inner)}))");
        }

        if (conditions.Count == 0)
        {
            throw new InvalidOperationException($"{typeof(TEntity).Name} has no encrypted column or blind index to rewrite.");
        }

        var text = new StringBuilder()
            .Append("SELECT r.* FROM ").Append(sql.DelimitIdentifier(root.GetTableName()!, root.GetSchema())).Append(" r WHERE ")
            .AppendJoin(" OR ", conditions);
        return text.ToString();

        void Collect(IEntityType type, string alias, List<string> into)
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            foreach (var property in type.GetProperties())
            {
                var column = property.GetColumnName(table);
                if (column is null)
                {
                    continue;
                }

                var c = $"{alias}.{sql.DelimitIdentifier(column)}";
                switch (property.GetValueConverter())
                {
                    case IEncryptedConverter:
                        into.Add($"({c} IS NOT NULL AND {c} NOT LIKE '{activePrefix}%')");
                        break;
                    case BlindIndexConverter:
                        into.Add($"({c} IS NOT NULL AND {c} NOT LIKE '{PersonalDataProtector.BlindIndexPrefix}%')");
                        break;
                    default:
                        if (property.FindAnnotation(PersonalDataModel.BlindIndexOf)?.Value is string spec
                            && type.FindProperty(spec.Split('|')[0])?.GetColumnName(table) is { } source)
                        {
                            into.Add($"({c} IS NULL AND {alias}.{sql.DelimitIdentifier(source)} IS NOT NULL)");
                        }

                        break;
                }
            }
        }
    }
}
