using System.Data;
using System.Data.Common;
using System.Diagnostics;
using Enrollment.Modules.Regions.Application.Abstractions;
using Enrollment.Modules.Regions.Application.Importing;
using Enrollment.Modules.Regions.Domain.Regions;
using Enrollment.Modules.Regions.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Enrollment.Modules.Regions.Infrastructure.Importing;

/// <summary>
/// Writes a parsed division file in one transaction: reads what is stored, checks that every parent
/// exists, adds the new codes in bulk (PostgreSQL: binary COPY; SQL Server: SqlBulkCopy; SQLite: one
/// prepared INSERT reused), renames changed ones, records the run, commits, then swaps in the new
/// tree. Any failure rolls everything back (ADR-0009).
/// </summary>
internal sealed partial class RegionImporter(RegionsDbContext context, RegionTreeCache cache, TimeProvider clock, ILogger<RegionImporter> logger) : IRegionImporter
{
    // One import at a time in this process; across instances the transaction (and the primary key) decides.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<RegionImportResult> ImportAsync(IReadOnlyList<RegionRow> rows, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var started = Stopwatch.GetTimestamp();
        await Gate.WaitAsync(cancellationToken);
        try
        {
            var strategy = context.Database.CreateExecutionStrategy();
            var (result, tree) = await strategy.ExecuteAsync(
                (rows, source),
                async (_, state, ct) => await ImportInTransactionAsync(state.rows, state.source, started, ct),
                verifySucceeded: null,
                cancellationToken);
            await cache.ReplaceAsync(tree, CancellationToken.None);
            LogImported(logger, source, result.Total, result.Added, result.Updated, result.Unchanged, result.ElapsedMilliseconds);
            return result;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<(RegionImportResult, RegionTree)> ImportInTransactionAsync(IReadOnlyList<RegionRow> rows, string source, long started, CancellationToken cancellationToken)
    {
        context.ChangeTracker.Clear();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var connection = context.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        var table = context.RegionsTableSql;

        var stored = await context.ReadAllRegionsAsync(dbTransaction, cancellationToken);
        var inFile = new HashSet<long>(rows.Count);
        foreach (var row in rows)
        {
            inFile.Add(row.Code);
        }

        var added = new List<RegionRow>();
        var renamed = new List<RegionRow>();
        foreach (var row in rows)
        {
            if (RegionCode.LevelOf(row.Code) != RegionLevel.Province)
            {
                var parent = RegionCode.ParentOf(row.Code);
                if (!inFile.Contains(parent) && !stored.ContainsKey(parent))
                {
                    throw MalformedRegionFile.At(row.Line, $"区划 {RegionCode.Format(row.Code)} 的上级 {RegionCode.Format(parent)} 既不在文件中，也未导入过");
                }
            }

            if (!stored.TryGetValue(row.Code, out var name))
            {
                added.Add(row);
            }
            else if (!string.Equals(name, row.Name, StringComparison.Ordinal))
            {
                renamed.Add(row);
            }
        }

        if (context.Database.IsNpgsql())
        {
            await CopyPostgreSqlAsync((NpgsqlConnection)connection, table, added, cancellationToken);
        }
        else if (context.Database.IsSqlServer())
        {
            await BulkCopySqlServerAsync((SqlConnection)connection, (SqlTransaction)dbTransaction, added, cancellationToken);
        }
        else
        {
            await InsertEachAsync(connection, dbTransaction, table, added, cancellationToken);
        }

        await RenameAsync(connection, dbTransaction, table, renamed, cancellationToken);

        foreach (var row in rows)
        {
            stored[row.Code] = row.Name;
        }

        var tree = RegionTree.Build(stored.Select(p => (p.Key, p.Value)));
        var unchanged = rows.Count - added.Count - renamed.Count;
        context.Imports.Add(new RegionImportRecord
        {
            Id = Guid.NewGuid(),
            ImportedAt = clock.GetUtcNow(),
            Source = source.Length > 260 ? source[..260] : source,
            Version = tree.Version,
            Total = rows.Count,
            Added = added.Count,
            Updated = renamed.Count,
            Unchanged = unchanged,
        });
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return (new RegionImportResult(tree.Version, rows.Count, added.Count, renamed.Count, unchanged, tree.Count, elapsed), tree);
    }

    private static string? ParentText(long code) =>
        RegionCode.LevelOf(code) == RegionLevel.Province ? null : RegionCode.Format(RegionCode.ParentOf(code));

    private static async Task CopyPostgreSqlAsync(NpgsqlConnection connection, string table, List<RegionRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {table} (\"Code\", \"Name\", \"ParentCode\", \"Level\") FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(RegionCode.Format(row.Code), NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(row.Name, NpgsqlDbType.Varchar, cancellationToken);
            if (ParentText(row.Code) is { } parent)
            {
                await importer.WriteAsync(parent, NpgsqlDbType.Varchar, cancellationToken);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken);
            }

            await importer.WriteAsync((int)RegionCode.LevelOf(row.Code), NpgsqlDbType.Integer, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static async Task BulkCopySqlServerAsync(SqlConnection connection, SqlTransaction transaction, List<RegionRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        using var data = new DataTable();
        data.Columns.Add("Code", typeof(string));
        data.Columns.Add("Name", typeof(string));
        data.Columns.Add("ParentCode", typeof(string));
        data.Columns.Add("Level", typeof(int));
        foreach (var row in rows)
        {
            data.Rows.Add(RegionCode.Format(row.Code), row.Name, (object?)ParentText(row.Code) ?? DBNull.Value, (int)RegionCode.LevelOf(row.Code));
        }

        using var bulk = new SqlBulkCopy(connection, SqlBulkCopyOptions.Default, transaction)
        {
            DestinationTableName = $"[{RegionsDbContext.SchemaName}].[Regions]",
            BatchSize = 10_000,
            BulkCopyTimeout = 600,
        };
        foreach (DataColumn column in data.Columns)
        {
            bulk.ColumnMappings.Add(column.ColumnName, column.ColumnName);
        }

        await bulk.WriteToServerAsync(data, cancellationToken);
    }

    // SQLite: one prepared statement reused inside the transaction is as fast as it gets there.
    private static async Task InsertEachAsync(DbConnection connection, DbTransaction transaction, string table, List<RegionRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} (\"Code\", \"Name\", \"ParentCode\", \"Level\") VALUES (@code, @name, @parent, @level)";
        var code = AddParameter(command, "@code");
        var name = AddParameter(command, "@name");
        var parent = AddParameter(command, "@parent");
        var level = AddParameter(command, "@level");
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            code.Value = RegionCode.Format(row.Code);
            name.Value = row.Name;
            parent.Value = (object?)ParentText(row.Code) ?? DBNull.Value;
            level.Value = (int)RegionCode.LevelOf(row.Code);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task RenameAsync(DbConnection connection, DbTransaction transaction, string table, List<RegionRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"UPDATE {table} SET \"Name\" = @name WHERE \"Code\" = @code";
        var name = AddParameter(command, "@name");
        var code = AddParameter(command, "@code");
        foreach (var row in rows)
        {
            name.Value = row.Name;
            code.Value = RegionCode.Format(row.Code);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Regions imported from {Source}: {Total} lines, {Added} added, {Updated} renamed, {Unchanged} unchanged, in {ElapsedMs} ms")]
    private static partial void LogImported(ILogger logger, string source, int total, int added, int updated, int unchanged, long elapsedMs);
}
