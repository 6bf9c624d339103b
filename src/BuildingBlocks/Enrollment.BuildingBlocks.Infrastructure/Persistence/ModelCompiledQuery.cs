using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// A query EF translates once (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(Expression{Func{TContext, TParam1, CancellationToken, TResult}})"/>)
/// instead of looking it up in its query cache on every call — hashing the expression tree and extracting its parameters,
/// about a tenth of the host's CPU per wizard request (perf-cpu's profile, ADR-0048). For the loads every wizard request
/// makes. EF binds a compiled query to the first model it runs on and refuses any other, while one process may hold
/// several models of one context type — one per provider and per personal-data key set (the tests run SQLite and
/// PostgreSQL hosts side by side) — so the query is compiled once per model.
/// </summary>
public sealed class ModelCompiledQuery<TContext, TParam, TResult>(Expression<Func<TContext, TParam, CancellationToken, TResult>> query)
    where TContext : DbContext
{
    private readonly ConditionalWeakTable<IModel, Func<TContext, TParam, CancellationToken, Task<TResult>>> _byModel = [];

    public Task<TResult> RunAsync(TContext context, TParam parameter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var model = context.Model;
        if (!_byModel.TryGetValue(model, out var run))
        {
            run = _byModel.GetValue(model, _ => EF.CompileAsyncQuery(query));
        }

        return run(context, parameter, cancellationToken);
    }
}

/// <inheritdoc cref="ModelCompiledQuery{TContext, TParam, TResult}"/>
public sealed class ModelCompiledQuery<TContext, TParam1, TParam2, TResult>(Expression<Func<TContext, TParam1, TParam2, CancellationToken, TResult>> query)
    where TContext : DbContext
{
    private readonly ConditionalWeakTable<IModel, Func<TContext, TParam1, TParam2, CancellationToken, Task<TResult>>> _byModel = [];

    public Task<TResult> RunAsync(TContext context, TParam1 first, TParam2 second, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var model = context.Model;
        if (!_byModel.TryGetValue(model, out var run))
        {
            run = _byModel.GetValue(model, _ => EF.CompileAsyncQuery(query));
        }

        return run(context, first, second, cancellationToken);
    }
}
