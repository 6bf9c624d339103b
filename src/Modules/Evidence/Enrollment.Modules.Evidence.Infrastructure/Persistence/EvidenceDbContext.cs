using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Evidence.Infrastructure.Persistence;

/// <summary>The Evidence module's own database: schema <c>evidence</c>.</summary>
internal abstract class EvidenceDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "evidence";

    public override string Schema => SchemaName;

    public DbSet<EligibilityEvidence> Evidences => Set<EligibilityEvidence>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EvidenceDbContext).Assembly, t => t.Namespace == typeof(EvidenceDbContext).Namespace + ".Configurations");
}
