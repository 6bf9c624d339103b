using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Review.Infrastructure.Persistence;

// One subclass per provider, so that each provider keeps its own migrations (Migrations/<Provider>).
internal sealed class SqliteReviewDbContext(DbContextOptions<SqliteReviewDbContext> options) : ReviewDbContext(options);

internal sealed class PostgreSqlReviewDbContext(DbContextOptions<PostgreSqlReviewDbContext> options) : ReviewDbContext(options);

internal sealed class SqlServerReviewDbContext(DbContextOptions<SqlServerReviewDbContext> options) : ReviewDbContext(options);

internal sealed class SqliteReviewDbContextFactory() : DesignTimeFactory<SqliteReviewDbContext>(DatabaseProvider.Sqlite, ReviewDbContext.SchemaName);

internal sealed class PostgreSqlReviewDbContextFactory() : DesignTimeFactory<PostgreSqlReviewDbContext>(DatabaseProvider.PostgreSql, ReviewDbContext.SchemaName);

internal sealed class SqlServerReviewDbContextFactory() : DesignTimeFactory<SqlServerReviewDbContext>(DatabaseProvider.SqlServer, ReviewDbContext.SchemaName);
