using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

// One subclass per provider, so that each provider keeps its own migrations (Migrations/<Provider>).
internal sealed class SqliteRegistrationDbContext(DbContextOptions<SqliteRegistrationDbContext> options) : RegistrationDbContext(options);

internal sealed class PostgreSqlRegistrationDbContext(DbContextOptions<PostgreSqlRegistrationDbContext> options) : RegistrationDbContext(options);

internal sealed class SqlServerRegistrationDbContext(DbContextOptions<SqlServerRegistrationDbContext> options) : RegistrationDbContext(options);

internal sealed class SqliteRegistrationDbContextFactory : IDesignTimeDbContextFactory<SqliteRegistrationDbContext>
{
    public SqliteRegistrationDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteRegistrationDbContext>(RegistrationDbContext.SchemaName));
}

internal sealed class PostgreSqlRegistrationDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlRegistrationDbContext>
{
    public PostgreSqlRegistrationDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.PostgreSql<PostgreSqlRegistrationDbContext>(RegistrationDbContext.SchemaName));
}

internal sealed class SqlServerRegistrationDbContextFactory : IDesignTimeDbContextFactory<SqlServerRegistrationDbContext>
{
    public SqlServerRegistrationDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerRegistrationDbContext>(RegistrationDbContext.SchemaName));
}
