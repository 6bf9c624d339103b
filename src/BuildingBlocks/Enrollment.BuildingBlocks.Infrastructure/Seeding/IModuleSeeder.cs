namespace Enrollment.BuildingBlocks.Infrastructure.Seeding;

/// <summary>Puts a module's configured starting data in place after migration; must be safe to run on every start.</summary>
public interface IModuleSeeder
{
    /// <summary>Seeders run by ascending order: one that refers to another module's seeded data runs after it.</summary>
    int Order => 0;

    Task SeedAsync(CancellationToken cancellationToken);
}
