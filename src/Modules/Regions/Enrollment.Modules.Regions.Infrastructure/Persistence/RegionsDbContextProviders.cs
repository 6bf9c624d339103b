using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enrollment.Modules.Regions.Infrastructure.Persistence;

// One subclass per provider, so that each provider keeps its own migrations (Migrations/<Provider>).
internal sealed class SqliteRegionsDbContext(DbContextOptions<SqliteRegionsDbContext> options) : RegionsDbContext(options);

internal sealed class PostgreSqlRegionsDbContext(DbContextOptions<PostgreSqlRegionsDbContext> options) : RegionsDbContext(options);

internal sealed class SqlServerRegionsDbContext(DbContextOptions<SqlServerRegionsDbContext> options) : RegionsDbContext(options);

internal sealed class SqliteRegionsDbContextFactory : IDesignTimeDbContextFactory<SqliteRegionsDbContext>
{
    public SqliteRegionsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteRegionsDbContext>(RegionsDbContext.SchemaName));
}

internal sealed class PostgreSqlRegionsDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlRegionsDbContext>
{
    public PostgreSqlRegionsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.PostgreSql<PostgreSqlRegionsDbContext>(RegionsDbContext.SchemaName));
}

internal sealed class SqlServerRegionsDbContextFactory : IDesignTimeDbContextFactory<SqlServerRegionsDbContext>
{
    public SqlServerRegionsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerRegionsDbContext>(RegionsDbContext.SchemaName));
}
