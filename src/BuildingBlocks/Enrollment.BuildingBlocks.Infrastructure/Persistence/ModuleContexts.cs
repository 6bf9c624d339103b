using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>A module's context type, in the order the modules were registered (singleton, one per module).</summary>
public sealed record ModuleContextRegistration(string Schema, Type ContextType, int Order);

/// <summary>
/// The module contexts of one scope (a request, a job, one outbox delivery), created only when something asks for
/// them. The unit of work saves the contexts this scope created and the outbox asks for one module's context, where
/// both used to resolve all five: each DbContext costs its options and internal services to build, and that was the
/// largest share of the host's CPU per wizard request (issue 17, `docs/benchmarks.md`, perf-cpu's profile).
/// </summary>
public sealed class ModuleContexts(IServiceProvider services, IEnumerable<ModuleContextRegistration> registrations)
{
    private readonly List<(int Order, ModuleDbContext Context)> _created = [];
    private readonly Dictionary<string, ModuleContextRegistration> _bySchema = registrations.ToDictionary(r => r.Schema, StringComparer.Ordinal);

    /// <summary>Called by the scope's factory of each module context as it creates it.</summary>
    internal TContext Created<TContext>(TContext context, string schema)
        where TContext : ModuleDbContext
    {
        lock (_created)
        {
            _created.Add((_bySchema[schema].Order, context));
        }

        return context;
    }

    /// <summary>The contexts created in this scope so far, in the modules' registration order.</summary>
    public IReadOnlyList<ModuleDbContext> Created()
    {
        lock (_created)
        {
            return [.. _created.OrderBy(c => c.Order).Select(c => c.Context)];
        }
    }

    /// <summary>The context of the module <paramref name="schema"/> in this scope (created if it was not yet).</summary>
    public ModuleDbContext For(string schema) =>
        _bySchema.TryGetValue(schema, out var registration)
            ? (ModuleDbContext)services.GetRequiredService(registration.ContextType)
            : throw new InvalidOperationException($"No database context for module '{schema}'.");
}
