using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Regions.Infrastructure.Persistence;

// One subclass per provider, so that each provider keeps its own migrations (Migrations/<Provider>).
internal sealed class SqliteRegionsDbContext(DbContextOptions<SqliteRegionsDbContext> options) : RegionsDbContext(options);

internal sealed class PostgreSqlRegionsDbContext(DbContextOptions<PostgreSqlRegionsDbContext> options) : RegionsDbContext(options);

internal sealed class SqlServerRegionsDbContext(DbContextOptions<SqlServerRegionsDbContext> options) : RegionsDbContext(options);

internal sealed class SqliteRegionsDbContextFactory() : DesignTimeFactory<SqliteRegionsDbContext>(DatabaseProvider.Sqlite, RegionsDbContext.SchemaName);

internal sealed class PostgreSqlRegionsDbContextFactory() : DesignTimeFactory<PostgreSqlRegionsDbContext>(DatabaseProvider.PostgreSql, RegionsDbContext.SchemaName);

internal sealed class SqlServerRegionsDbContextFactory() : DesignTimeFactory<SqlServerRegionsDbContext>(DatabaseProvider.SqlServer, RegionsDbContext.SchemaName);
