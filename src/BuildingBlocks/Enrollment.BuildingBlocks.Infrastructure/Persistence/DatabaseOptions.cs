namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>Bound from the <c>Database</c> section: <c>Database:Provider</c> and <c>Database:ConnectionString</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "Data Source=data/local/enrollment.db";

    /// <summary>Apply pending migrations when the host starts (the <c>migrate</c> verb applies them and exits).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// Seconds to wait for a connection to PostgreSQL or SQL Server. Short, so that an unreachable
    /// database makes requests answer 503 within seconds instead of hanging (ADR 0015).
    /// </summary>
    public int ConnectTimeoutSeconds { get; set; } = 5;

    /// <summary>Seconds a database command may run (imports and migrations set their own).</summary>
    public int CommandTimeoutSeconds { get; set; } = 15;

    /// <summary>Retries of a transient failure (a dropped connection, a failover); each waits at most a second.</summary>
    public int MaxRetryCount { get; set; } = 2;
}
