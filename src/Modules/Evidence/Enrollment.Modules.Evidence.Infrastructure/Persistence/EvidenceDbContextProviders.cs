using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Evidence.Infrastructure.Persistence;

// One subclass per provider, so that each provider keeps its own migrations (Migrations/<Provider>).
internal sealed class SqliteEvidenceDbContext(DbContextOptions<SqliteEvidenceDbContext> options) : EvidenceDbContext(options);

internal sealed class PostgreSqlEvidenceDbContext(DbContextOptions<PostgreSqlEvidenceDbContext> options) : EvidenceDbContext(options);

internal sealed class SqlServerEvidenceDbContext(DbContextOptions<SqlServerEvidenceDbContext> options) : EvidenceDbContext(options);

internal sealed class SqliteEvidenceDbContextFactory() : DesignTimeFactory<SqliteEvidenceDbContext>(DatabaseProvider.Sqlite, EvidenceDbContext.SchemaName);

internal sealed class PostgreSqlEvidenceDbContextFactory() : DesignTimeFactory<PostgreSqlEvidenceDbContext>(DatabaseProvider.PostgreSql, EvidenceDbContext.SchemaName);

internal sealed class SqlServerEvidenceDbContextFactory() : DesignTimeFactory<SqlServerEvidenceDbContext>(DatabaseProvider.SqlServer, EvidenceDbContext.SchemaName);
