using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.BuildingBlocks.Infrastructure.Jobs;

/// <summary>Bound from the <c>Jobs</c> section.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Run a Hangfire server in this process (an instance may serve HTTP only).</summary>
    public bool ServerEnabled { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    /// <summary>How often an idle worker asks the job store for an enqueued job (Hangfire's default: 15 s).</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often scheduled jobs and retries waiting for their back-off are moved to the queue (Hangfire's default: 15 s).</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>SQLite only: the job store's file; by default beside the database file, named <c>*.jobs.db</c>.</summary>
    public string? SqlitePath { get; set; }
}

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire on the platform's own database: SQL Server and PostgreSQL storage in a <c>hangfire</c>
    /// schema; on SQLite a file of its own next to the database (ADR 0006).
    /// </summary>
    public static IServiceCollection AddEnrollmentJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetDatabaseOptions();
        var jobs = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();

        // Hangfire keeps its storage and job activator in statics and hands them to the container lazily
        // (JobStorage.Current): two hosts starting at once in one process (the integration tests) could each
        // end up with the other's storage. Each host's own instances are registered first, so the container
        // never reads the statics.
        services.AddSingleton<JobStorage>(_ => CreateStorage(database, jobs));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, cfg) =>
        {
            cfg.UseLogProvider(new HostLogProvider(provider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
            cfg.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseStorage(provider.GetRequiredService<JobStorage>());
        });

        if (jobs.ServerEnabled)
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = jobs.WorkerCount;
                o.SchedulePollingInterval = jobs.SchedulePollingInterval;
            });
        }

        services.AddHealthChecks().AddCheck<JobStorageHealthCheck>("jobs", tags: ["ready"]);
        return services;
    }

    private static JobStorage CreateStorage(DatabaseOptions database, JobsOptions jobs) => database.Provider switch
    {
        DatabaseProvider.SqlServer => new SqlServerStorage(
            database.ConnectionString,
            new SqlServerStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true, QueuePollInterval = jobs.QueuePollInterval }),
        DatabaseProvider.PostgreSql => CreatePostgreSqlStorage(database.ConnectionString, jobs),
        _ => CreateSqliteStorage(SqliteJobsPath(database, jobs), jobs),
    };

    private static SQLiteStorage CreateSqliteStorage(string path, JobsOptions jobs)
    {
        // The job store holds job arguments (application ids, phones of queued messages): owner-only like the database.
        PrivateFiles.PrepareSqliteFile(path);
        return new SQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = jobs.QueuePollInterval });
    }

    private static PostgreSqlStorage CreatePostgreSqlStorage(string connectionString, JobsOptions jobs)
    {
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true, QueuePollInterval = jobs.QueuePollInterval };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    public static string SqliteJobsPath(DatabaseOptions database, JobsOptions jobs)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(jobs);
        if (!string.IsNullOrWhiteSpace(jobs.SqlitePath))
        {
            return Path.GetFullPath(jobs.SqlitePath);
        }

        var dataSource = Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
        return Path.ChangeExtension(dataSource, ".jobs.db");
    }
}
