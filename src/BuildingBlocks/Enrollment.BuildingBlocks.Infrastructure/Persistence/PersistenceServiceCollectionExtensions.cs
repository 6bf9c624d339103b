using Enrollment.BuildingBlocks.Application.Events;
using Enrollment.BuildingBlocks.Application.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.Outbox;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>How long one readiness check of a module's database may take.</summary>
    public static readonly TimeSpan ReadinessTimeout = TimeSpan.FromMilliseconds(1500);

    public static DatabaseOptions GetDatabaseOptions(this IConfiguration configuration) =>
        configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();

    /// <summary>The unit of work, the outbox and its processor, shared by every module.</summary>
    public static IServiceCollection AddEnrollmentPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<OutboxCollector>();
        services.AddScoped<IOutbox>(sp => sp.GetRequiredService<OutboxCollector>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxProcessor>());
        services.AddTransient<OutboxCleanupJob>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddPersonalData(configuration);

        // SQLite: one writer at a time in process (ADR-0047); the modules' contexts find these through their interceptor.
        var database = configuration.GetDatabaseOptions();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            if (database.SqliteSynchronous.ToUpperInvariant() is not ("OFF" or "NORMAL" or "FULL" or "EXTRA"))
            {
                throw new InvalidOperationException($"Database:SqliteSynchronous must be FULL, NORMAL, EXTRA or OFF, not '{database.SqliteSynchronous}'.");
            }

            services.TryAddSingleton<SqliteWriteQueue>();
            services.TryAddScoped<SqliteWriteHold>();
            services.AddHostedService<SqliteWriteQueueReport>();
        }

        return services;
    }

    /// <summary>
    /// One statement for an aggregate with several collections (an evidence record's pages and attachments: a few rows
    /// each, so the joined rows stay few), rather than one per collection. EF Core's default too, said here so that it
    /// does not warn each time it compiles such a query.
    /// </summary>
    private const QuerySplittingBehavior QuerySplitting = QuerySplittingBehavior.SingleQuery;

    /// <summary>
    /// Registers a module's context on the configured provider. Each provider has its own subclass so
    /// that each keeps its own migrations (SQL differs between SQLite, PostgreSQL and SQL Server).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgreSql, TSqlServer>(
        this IServiceCollection services, IConfiguration configuration, string schema)
        where TContext : ModuleDbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
        where TSqlServer : TContext
    {
        var database = configuration.GetDatabaseOptions();
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                // Writes wait their turn in the instance's write queue before SQLite's lock (ADR-0047).
                AddPooledModuleContext<TContext, TSqlite>(services, schema, o => o.ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>()
                    .ReplaceService<IRelationalTransactionFactory, SqliteQueuedTransactionFactory>()
                    .AddInterceptors(SqliteWriteInterceptor.Instance)
                    .UseSqlite(
                    database.ConnectionString,
                    x => x.MigrationsHistoryTable($"{schema}___EFMigrationsHistory")
                        .CommandTimeout(database.CommandTimeoutSeconds)
                        .UseQuerySplittingBehavior(QuerySplitting)));
                break;
            // Fail fast (ADR 0015): a short connect timeout and few, short retries, so that a request answers
            // 503 within seconds while the database is unreachable (the defaults hung for 27–57 s).
            case DatabaseProvider.PostgreSql:
                AddPooledModuleContext<TContext, TPostgreSql>(services, schema, o => o.ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>().UseNpgsql(
                    ModuleConnectionString(database),
                    x => x.MigrationsHistoryTable("__EFMigrationsHistory", schema)
                        .CommandTimeout(database.CommandTimeoutSeconds)
                        .UseQuerySplittingBehavior(QuerySplitting)
                        .EnableRetryOnFailure(database.MaxRetryCount, TimeSpan.FromSeconds(1), null)));
                break;
            case DatabaseProvider.SqlServer:
                AddPooledModuleContext<TContext, TSqlServer>(services, schema, o => o.ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>().UseSqlServer(
                    new SqlConnectionStringBuilder(database.ConnectionString) { ConnectTimeout = database.ConnectTimeoutSeconds }.ConnectionString,
                    x => x.MigrationsHistoryTable("__EFMigrationsHistory", schema)
                        .CommandTimeout(database.CommandTimeoutSeconds)
                        .UseQuerySplittingBehavior(QuerySplitting)
                        .EnableRetryOnFailure(database.MaxRetryCount, TimeSpan.FromSeconds(1), null)));
                break;
            default:
                throw new InvalidOperationException($"Unsupported database provider '{database.Provider}'.");
        }

        services.AddSingleton(new ModuleContextRegistration(schema, typeof(TContext), services.Count(d => d.ServiceType == typeof(ModuleContextRegistration))));
        services.TryAddScoped<ModuleContexts>();
        services.AddScoped<ModuleDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddHealthChecks().AddDbContextCheck<TContext>($"database:{schema}", tags: ["ready"]);
        // The readiness answer comes within 2 s even while the database does not answer at all.
        services.Configure<HealthCheckServiceOptions>(o =>
        {
            foreach (var registration in o.Registrations.Where(r => r.Name == $"database:{schema}"))
            {
                registration.Timeout = ReadinessTimeout;
            }
        });
        return services;
    }

    /// <summary>
    /// A module's contexts come from a pool of the host (ADR-0048): the options are built once, from the host's root
    /// services, and a context keeps its internal services from one request to the next, where building both for every
    /// context of every request was the largest share of the host's CPU per wizard (perf-cpu's profile). A scope takes
    /// its context through <see cref="ModuleContexts"/>, which gives it to the scope's services (<see
    /// cref="ModuleDbContext.ScopeServices"/>) and gives it back when the scope ends; EF's reset then forgets every
    /// tracked entity and closes the connection. The provider's type is not a service of its own: a scope has one
    /// context per module, under the module's type.
    /// </summary>
    private static void AddPooledModuleContext<TContext, TImplementation>(IServiceCollection services, string schema, Action<DbContextOptionsBuilder> configure)
        where TContext : ModuleDbContext
        where TImplementation : TContext
    {
        services.AddPooledDbContextFactory<TImplementation>(o =>
        {
            configure(o);
            // EF Core logs every failed command and save as an error before it throws, also those the modules expect
            // and answer (a unique key refusing the loser of a race: 409, or a check run again). What is not handled
            // is logged where it ends, with the whole exception: the host's problem-details handler (500; 503 as a
            // warning when the database is unreachable), the outbox, Hangfire's retries.
            o.ConfigureWarnings(w => w.Log((RelationalEventId.CommandError, LogLevel.Debug), (CoreEventId.SaveChangesFailed, LogLevel.Debug)));
        });
        services.RemoveAll<TImplementation>();
        services.AddScoped<TContext>(sp => sp.GetRequiredService<ModuleContexts>().Lease(sp.GetRequiredService<IDbContextFactory<TImplementation>>(), schema));
    }

    /// <summary>
    /// The modules' PostgreSQL connection string: the configured one with the connect timeout, and — unless the
    /// configuration says otherwise — <c>No Reset On Close</c>: a pooled connection is handed out again without the
    /// <c>DISCARD ALL</c> Npgsql would otherwise send, one per context and request (120 per wizard on the opening
    /// morning). Safe because no module sets session state (no <c>SET</c>, <c>LISTEN</c>, session advisory lock,
    /// temporary table or prepared statement outlives a transaction; ArchitectureTests guard the source), and an
    /// open transaction is still rolled back when a connection goes back to the pool (ADR-0043). Hangfire keeps
    /// its own pool (the unchanged string), since it does LISTEN.
    /// </summary>
    public static string ModuleConnectionString(DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Timeout = database.ConnectTimeoutSeconds };
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = database.ConnectionString };
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// The SQLite file must be able to open before the first connection: its folder exists and the file is
    /// owner-only (<see cref="PrivateFiles"/>); relative paths are kept relative to the working directory.
    /// </summary>
    public static void PrepareSqliteFile(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        PrivateFiles.PrepareSqliteFile(dataSource);
    }
}
