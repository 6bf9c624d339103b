using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Regions.Infrastructure.Persistence;

/// <summary>The Regions module's own database: schema <c>regions</c>.</summary>
internal abstract class RegionsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "regions";

    public override string Schema => SchemaName;

    public DbSet<RegionRecord> Regions => Set<RegionRecord>();

    public DbSet<RegionImportRecord> Imports => Set<RegionImportRecord>();

    /// <summary>The quoted name of the division table for raw SQL (bulk import, tree load).</summary>
    public string RegionsTableSql => Database.IsSqlite() ? $"\"{SchemaName}_Regions\"" : $"\"{SchemaName}\".\"Regions\"";

    /// <summary>Every (code, name) stored, read without tracking or materialising entities.</summary>
    public async Task<Dictionary<long, string>> ReadAllRegionsAsync(System.Data.Common.DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<long, string>();
        var connection = Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandTimeout = 300;
            command.CommandText = $"SELECT \"Code\", \"Name\" FROM {RegionsTableSql}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (Domain.Regions.RegionCode.TryParse(reader.GetString(0), out var code))
                {
                    stored[code] = reader.GetString(1);
                }
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }

        return stored;
    }

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegionsDbContext).Assembly, t => t.Namespace == typeof(RegionsDbContext).Namespace + ".Configurations");
}
