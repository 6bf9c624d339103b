using System.Reflection;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.ArchitectureTests;

/// <summary>
/// The module contexts are pooled (ADR-0048): one instance serves one request, then another parent's. A field of a
/// context would carry whatever the request before left in it, and a constructor parameter other than the options would
/// be resolved once, from the host's root services, for every request to come. These tests read the contexts' types.
/// </summary>
public class PooledContextStateTests
{
    /// <summary>The fields a module context may have, and why each is safe on a context that changes hands.</summary>
    private static readonly Dictionary<string, string> AllowedFields = new(StringComparer.Ordinal)
    {
        [$"{nameof(ModuleDbContext)}._personalData"] = "the host's protector (a singleton of the pool's own host), the same for every request",
        [$"{nameof(ModuleDbContext)}._scope"] = "the scope that holds the context now, set when it is taken and cleared when it is given back",
        ["RegistrationDbContext._seasonsChanging"] = "set and cleared within one save, and cleared in OnReturning",
    };

    public static IEnumerable<Type> ContextTypes() =>
        Product.Types.Where(t => typeof(ModuleDbContext).IsAssignableFrom(t));

    [Fact]
    public void Module_contexts_keep_no_field_that_is_not_cleared_between_requests()
    {
        var types = ContextTypes().ToList();
        Assert.True(types.Count >= 16, $"Found only {types.Count} module context types.");

        var fields = types
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Select(f => $"{t.Name}.{f.Name}"))
            .Distinct()
            .ToList();

        var unexplained = fields.Where(f => !AllowedFields.ContainsKey(f)).ToList();
        Assert.Empty(unexplained);
    }

    [Fact]
    public void Concrete_module_contexts_take_only_their_options()
    {
        var concrete = ContextTypes().Where(t => !t.IsAbstract).ToList();
        Assert.True(concrete.Count >= 15, $"Found only {concrete.Count} concrete module contexts.");

        var taking = concrete.Where(t =>
            t.GetConstructors() is not [var constructor]
            || constructor.GetParameters() is not [var options]
            || options.ParameterType != typeof(DbContextOptions<>).MakeGenericType(t)).ToList();
        Assert.Empty(taking);
    }
}
