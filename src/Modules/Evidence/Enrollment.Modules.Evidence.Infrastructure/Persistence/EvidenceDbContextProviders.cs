using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enrollment.Modules.Evidence.Infrastructure.Persistence;

// One subclass per provider, so that each provider keeps its own migrations (Migrations/<Provider>).
internal sealed class SqliteEvidenceDbContext(DbContextOptions<SqliteEvidenceDbContext> options) : EvidenceDbContext(options);

internal sealed class PostgreSqlEvidenceDbContext(DbContextOptions<PostgreSqlEvidenceDbContext> options) : EvidenceDbContext(options);

internal sealed class SqlServerEvidenceDbContext(DbContextOptions<SqlServerEvidenceDbContext> options) : EvidenceDbContext(options);

internal sealed class SqliteEvidenceDbContextFactory : IDesignTimeDbContextFactory<SqliteEvidenceDbContext>
{
    public SqliteEvidenceDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteEvidenceDbContext>(EvidenceDbContext.SchemaName));
}

internal sealed class PostgreSqlEvidenceDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlEvidenceDbContext>
{
    public PostgreSqlEvidenceDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.PostgreSql<PostgreSqlEvidenceDbContext>(EvidenceDbContext.SchemaName));
}

internal sealed class SqlServerEvidenceDbContextFactory : IDesignTimeDbContextFactory<SqlServerEvidenceDbContext>
{
    public SqlServerEvidenceDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerEvidenceDbContext>(EvidenceDbContext.SchemaName));
}
