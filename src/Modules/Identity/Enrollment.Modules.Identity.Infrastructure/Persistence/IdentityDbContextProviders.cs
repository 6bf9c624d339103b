using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Identity.Infrastructure.Persistence;

// One subclass per provider, so that each provider keeps its own migrations (Migrations/<Provider>).
internal sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class PostgreSqlIdentityDbContext(DbContextOptions<PostgreSqlIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class SqlServerIdentityDbContext(DbContextOptions<SqlServerIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class SqliteIdentityDbContextFactory() : DesignTimeFactory<SqliteIdentityDbContext>(DatabaseProvider.Sqlite, IdentityDbContext.SchemaName);

internal sealed class PostgreSqlIdentityDbContextFactory() : DesignTimeFactory<PostgreSqlIdentityDbContext>(DatabaseProvider.PostgreSql, IdentityDbContext.SchemaName);

internal sealed class SqlServerIdentityDbContextFactory() : DesignTimeFactory<SqlServerIdentityDbContext>(DatabaseProvider.SqlServer, IdentityDbContext.SchemaName);
