using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Applies every module's migrations for the configured provider, at start or by the <c>migrate</c> verb.</summary>
public sealed partial class DatabaseMigrator(IServiceScopeFactory scopeFactory, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var database = options.Value;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            PersistenceServiceCollectionExtensions.PrepareSqliteFile(database.ConnectionString);

            // Write-ahead logging lets readers go on while one request writes; it is a property of the file.
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        foreach (var context in scope.ServiceProvider.GetServices<ModuleDbContext>())
        {
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, context.Schema, database.Provider, pending.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {Schema} migrated on {Provider}: {Count} migration(s) applied")]
    private static partial void LogMigrated(ILogger logger, string schema, DatabaseProvider provider, int count);
}
