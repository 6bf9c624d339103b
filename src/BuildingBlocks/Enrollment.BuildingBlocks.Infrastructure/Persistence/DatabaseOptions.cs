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
}
