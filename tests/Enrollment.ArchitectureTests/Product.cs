using System.Reflection;

namespace Enrollment.ArchitectureTests;

/// <summary>One module: its namespace and its four layer assemblies, found through their AssemblyReference types.</summary>
public sealed record Module(string Name, Assembly Domain, Assembly Application, Assembly Infrastructure, Assembly Contracts)
{
    public string Namespace => $"Enrollment.Modules.{Name}";

    public IEnumerable<Assembly> Assemblies => [Domain, Application, Infrastructure, Contracts];

    public override string ToString() => Name;
}

/// <summary>The assemblies of the product, loaded because the test project references the host.</summary>
public static class Product
{
    public static readonly IReadOnlyList<Module> Modules =
    [
        new("Identity",
            typeof(Enrollment.Modules.Identity.Domain.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Identity.Application.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Identity.Infrastructure.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Identity.Contracts.AssemblyReference).Assembly),
        new("Regions",
            typeof(Enrollment.Modules.Regions.Domain.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Regions.Application.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Regions.Infrastructure.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Regions.Contracts.AssemblyReference).Assembly),
        new("Registration",
            typeof(Enrollment.Modules.Registration.Domain.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Registration.Application.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Registration.Infrastructure.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Registration.Contracts.AssemblyReference).Assembly),
        new("Evidence",
            typeof(Enrollment.Modules.Evidence.Domain.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Evidence.Application.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Evidence.Infrastructure.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Evidence.Contracts.AssemblyReference).Assembly),
        new("Review",
            typeof(Enrollment.Modules.Review.Domain.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Review.Application.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Review.Infrastructure.AssemblyReference).Assembly,
            typeof(Enrollment.Modules.Review.Contracts.AssemblyReference).Assembly),
    ];

    public static readonly Assembly Host = typeof(Program).Assembly;

    public static readonly IReadOnlyList<Assembly> BuildingBlocks =
    [
        typeof(Enrollment.BuildingBlocks.Domain.IBusinessRule).Assembly,
        typeof(Enrollment.BuildingBlocks.Application.Events.IntegrationEvent).Assembly,
        typeof(Enrollment.BuildingBlocks.Infrastructure.Persistence.ModuleDbContext).Assembly,
    ];

    /// <summary>Every assembly of the product: the host, the building blocks and the twenty module assemblies.</summary>
    public static IReadOnlyList<Assembly> Assemblies =>
        [Host, .. BuildingBlocks, .. Modules.SelectMany(m => m.Assemblies)];

    public static IReadOnlyList<Type> Types => Assemblies.SelectMany(TypesOf).ToList();

    public static TheoryData<string> ModuleNames => new(Modules.Select(m => m.Name));

    public static Module Named(string name) => Modules.Single(m => m.Name == name);

    /// <summary>
    /// The product's projects and their direct project/package dependencies, as the build declared them
    /// (this test assembly's deps.json, which holds the whole graph below the host).
    /// </summary>
    public static IReadOnlyList<(string Project, IEnumerable<string> Dependencies)> ProjectGraph()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Enrollment.ArchitectureTests.deps.json");
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var projects = root.GetProperty("libraries").EnumerateObject()
            .Where(l => l.Value.GetProperty("type").GetString() == "project")
            .Select(l => l.Name)
            .ToHashSet(StringComparer.Ordinal);
        var productNames = Assemblies.Select(a => a.GetName().Name!).ToHashSet(StringComparer.Ordinal);

        var graph = new List<(string, IEnumerable<string>)>();
        foreach (var target in root.GetProperty("targets").EnumerateObject())
        {
            foreach (var library in target.Value.EnumerateObject().Where(l => projects.Contains(l.Name)))
            {
                var name = library.Name.Split('/')[0];
                if (!productNames.Contains(name))
                {
                    continue;
                }

                var dependencies = library.Value.TryGetProperty("dependencies", out var deps)
                    ? deps.EnumerateObject().Select(d => d.Name).ToList()
                    : [];
                graph.Add((name, dependencies));
            }
        }

        return graph;
    }

    public static IReadOnlyList<Type> TypesOf(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>().ToList();
        }
    }

    public static IReadOnlyList<Type> TypesOf(IEnumerable<Assembly> assemblies) => assemblies.SelectMany(TypesOf).ToList();
}
