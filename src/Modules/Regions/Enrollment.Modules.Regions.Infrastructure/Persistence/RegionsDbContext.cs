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

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegionsDbContext).Assembly, t => t.Namespace == typeof(RegionsDbContext).Namespace + ".Configurations");
}
