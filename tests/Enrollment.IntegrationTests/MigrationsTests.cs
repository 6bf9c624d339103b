using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>Every module keeps a migration per provider that matches its model: a forgotten migration fails here, not in production.</summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> Factories()
    {
        var data = new TheoryData<string>();
        foreach (var type in FactoryTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void Every_module_has_a_context_factory_for_each_provider()
    {
        var names = FactoryTypes().Select(t => t.Name).ToList();
        foreach (var module in new[] { "Identity", "Regions", "Registration", "Evidence", "Review" })
        {
            foreach (var provider in new[] { "Sqlite", "PostgreSql", "SqlServer" })
            {
                Assert.Contains($"{provider}{module}DbContextFactory", names);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void The_migrations_match_the_model(string factoryName)
    {
        var factoryType = FactoryTypes().Single(t => t.FullName == factoryName);
        var factory = Activator.CreateInstance(factoryType)!;
        using var context = (DbContext)factoryType.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!.Invoke(factory, [Array.Empty<string>()])!;

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"{context.GetType().Name} has model changes without a migration: run scripts/add-migration.sh.");
    }

    private static IEnumerable<Type> FactoryTypes() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Concat(typeof(Program).Assembly.GetReferencedAssemblies().Select(System.Reflection.Assembly.Load))
            .Where(a => a.GetName().Name?.StartsWith("Enrollment.Modules.", StringComparison.Ordinal) == true && a.GetName().Name!.EndsWith(".Infrastructure", StringComparison.Ordinal))
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(DesignTimeFactory<>))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
}
