using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enrollment.Modules.Identity.Infrastructure.Persistence;

// One subclass per provider, so that each provider keeps its own migrations (Migrations/<Provider>).
internal sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class PostgreSqlIdentityDbContext(DbContextOptions<PostgreSqlIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class SqlServerIdentityDbContext(DbContextOptions<SqlServerIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class SqliteIdentityDbContextFactory : IDesignTimeDbContextFactory<SqliteIdentityDbContext>
{
    public SqliteIdentityDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteIdentityDbContext>(IdentityDbContext.SchemaName));
}

internal sealed class PostgreSqlIdentityDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlIdentityDbContext>
{
    public PostgreSqlIdentityDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.PostgreSql<PostgreSqlIdentityDbContext>(IdentityDbContext.SchemaName));
}

internal sealed class SqlServerIdentityDbContextFactory : IDesignTimeDbContextFactory<SqlServerIdentityDbContext>
{
    public SqlServerIdentityDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerIdentityDbContext>(IdentityDbContext.SchemaName));
}
