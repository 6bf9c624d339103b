using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Identity.Infrastructure.Persistence;

/// <summary>The Identity module's own database: schema <c>identity</c>.</summary>
internal abstract class IdentityDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "identity";

    public override string Schema => SchemaName;

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly, t => t.Namespace == typeof(IdentityDbContext).Namespace + ".Configurations");
}
