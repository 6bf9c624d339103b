using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>A module's context type, in the order the modules were registered (singleton, one per module).</summary>
public sealed record ModuleContextRegistration(string Schema, Type ContextType, int Order);

/// <summary>
/// The module contexts of one scope (a request, a job, one outbox delivery), created only when something asks for
/// them. The unit of work saves the contexts this scope created and the outbox asks for one module's context, where
/// both used to resolve all five: each DbContext costs its options and internal services to build, and that was the
/// largest share of the host's CPU per wizard request (issue 17, `docs/benchmarks.md`, perf-cpu's profile).
/// Each context is taken from its module's pool (options built once per host, internal services kept; ADR-0048) and
/// given back when the scope ends, after its own per-scope state is cleared and EF has reset it.
/// </summary>
public sealed class ModuleContexts(IServiceProvider services, IEnumerable<ModuleContextRegistration> registrations) : IAsyncDisposable, IDisposable
{
    private readonly List<(int Order, ModuleDbContext Context)> _created = [];
    private readonly Dictionary<string, ModuleContextRegistration> _bySchema = registrations.ToDictionary(r => r.Schema, StringComparer.Ordinal);
    private bool _ended;

    /// <summary>Called by the scope's factory of each module context: takes one from the module's pool for this scope.</summary>
    internal TContext Lease<TContext>(IDbContextFactory<TContext> pool, string schema)
        where TContext : ModuleDbContext
    {
        var order = _bySchema[schema].Order;
        var context = pool.CreateDbContext();
        context.LeaseTo(services);
        lock (_created)
        {
            if (!_ended)
            {
                _created.Add((order, context));
                return context;
            }
        }

        context.Return();
        throw new ObjectDisposedException(nameof(ModuleContexts), $"The scope has ended; no {schema} context for it.");
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

    /// <summary>The scope has ended: its contexts go back to their pools (the container created this before any of them, so disposes it after).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var context in End())
        {
            await context.ReturnAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc cref="DisposeAsync"/>
    public void Dispose()
    {
        foreach (var context in End())
        {
            context.Return();
        }
    }

    private List<ModuleDbContext> End()
    {
        lock (_created)
        {
            _ended = true;
            List<ModuleDbContext> leased = [.. _created.Select(c => c.Context)];
            _created.Clear();
            return leased;
        }
    }
}
