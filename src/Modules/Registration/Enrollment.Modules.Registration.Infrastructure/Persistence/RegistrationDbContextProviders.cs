using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

// One subclass per provider, so that each provider keeps its own migrations (Migrations/<Provider>).
internal sealed class SqliteRegistrationDbContext(DbContextOptions<SqliteRegistrationDbContext> options) : RegistrationDbContext(options);

internal sealed class PostgreSqlRegistrationDbContext(DbContextOptions<PostgreSqlRegistrationDbContext> options) : RegistrationDbContext(options);

internal sealed class SqlServerRegistrationDbContext(DbContextOptions<SqlServerRegistrationDbContext> options) : RegistrationDbContext(options);

internal sealed class SqliteRegistrationDbContextFactory() : DesignTimeFactory<SqliteRegistrationDbContext>(DatabaseProvider.Sqlite, RegistrationDbContext.SchemaName);

internal sealed class PostgreSqlRegistrationDbContextFactory() : DesignTimeFactory<PostgreSqlRegistrationDbContext>(DatabaseProvider.PostgreSql, RegistrationDbContext.SchemaName);

internal sealed class SqlServerRegistrationDbContextFactory() : DesignTimeFactory<SqlServerRegistrationDbContext>(DatabaseProvider.SqlServer, RegistrationDbContext.SchemaName);
