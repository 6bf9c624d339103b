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

    /// <summary>
    /// SQLite only: every write of this instance waits its turn in one in-process queue before it asks SQLite for the
    /// write lock, and SQLite's busy timeout covers other processes on the file (ADR-0047). <c>false</c> leaves writes
    /// to SQLite's lock alone (Microsoft.Data.Sqlite's 150 ms retries), as before; for comparison only.
    /// </summary>
    public bool SqliteWriteQueue { get; set; } = true;

    /// <summary>
    /// SQLite only: <c>PRAGMA synchronous</c> of every connection — <c>FULL</c> (each commit is on disk before it is
    /// acknowledged, also across a power loss) or <c>NORMAL</c> (under WAL as safe against a killed process, but the last
    /// commits before a power loss or an operating-system crash may be rolled back); ADR-0047.
    /// </summary>
    public string SqliteSynchronous { get; set; } = "FULL";
}
