namespace Enrollment.BuildingBlocks.Infrastructure.Seeding;

/// <summary>Puts a module's configured starting data in place after migration; must be safe to run on every start.</summary>
public interface IModuleSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
