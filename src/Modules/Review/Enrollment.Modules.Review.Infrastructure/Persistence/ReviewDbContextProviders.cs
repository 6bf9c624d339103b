using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enrollment.Modules.Review.Infrastructure.Persistence;

// One subclass per provider, so that each provider keeps its own migrations (Migrations/<Provider>).
internal sealed class SqliteReviewDbContext(DbContextOptions<SqliteReviewDbContext> options) : ReviewDbContext(options);

internal sealed class PostgreSqlReviewDbContext(DbContextOptions<PostgreSqlReviewDbContext> options) : ReviewDbContext(options);

internal sealed class SqlServerReviewDbContext(DbContextOptions<SqlServerReviewDbContext> options) : ReviewDbContext(options);

internal sealed class SqliteReviewDbContextFactory : IDesignTimeDbContextFactory<SqliteReviewDbContext>
{
    public SqliteReviewDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteReviewDbContext>(ReviewDbContext.SchemaName));
}

internal sealed class PostgreSqlReviewDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlReviewDbContext>
{
    public PostgreSqlReviewDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.PostgreSql<PostgreSqlReviewDbContext>(ReviewDbContext.SchemaName));
}

internal sealed class SqlServerReviewDbContextFactory : IDesignTimeDbContextFactory<SqlServerReviewDbContext>
{
    public SqlServerReviewDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerReviewDbContext>(ReviewDbContext.SchemaName));
}
