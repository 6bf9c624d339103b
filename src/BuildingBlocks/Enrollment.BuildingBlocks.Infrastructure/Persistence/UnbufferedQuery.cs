using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Streams a query's rows as the database sends them, also on the providers that retry on failure.
/// </summary>
/// <remarks>
/// A retrying execution strategy (<c>EnableRetryOnFailure</c>, configured for PostgreSQL and SQL Server) makes EF Core
/// read a query's whole result into memory before handing out the first row, so that it could run the query again
/// after a transient error. For the export of 100,000 applications that held every row at once: the host's peak grew
/// by 120–180 MiB on PostgreSQL and not at all on SQLite (docs/benchmarks.md). A stream that has handed rows out
/// cannot be re-run anyway, so it runs once, inside a strategy that does not retry: EF Core's query compiler looks at
/// the strategy running at that moment (<see cref="ExecutionStrategy.Current"/>, an async-local) when it decides to
/// buffer. A transient error ends the stream with that error, as it always has on SQLite.
/// </remarks>
public static class UnbufferedQuery
{
    // Rows cross from the strategy's operation, where the async-local is set, to the consumer through a small buffer.
    private const int Buffered = 64;

    public static async IAsyncEnumerable<T> AsUnbufferedAsyncEnumerable<T>(
        this IQueryable<T> query,
        DbContext context,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = Channel.CreateBounded<T>(new BoundedChannelOptions(Buffered) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = new SingleAttempt(context).ExecuteAsync(
            (Query: query, Rows: rows.Writer),
            static async (_, state, token) =>
            {
                try
                {
                    await foreach (var row in state.Query.AsAsyncEnumerable().WithCancellation(token))
                    {
                        await state.Rows.WriteAsync(row, token);
                    }

                    state.Rows.TryComplete();
                }
                catch (Exception exception)
                {
                    // The consumer gets the error from the channel, where it reads.
                    state.Rows.TryComplete(exception);
                }

                return true;
            },
            null,
            stop.Token);
        try
        {
            await foreach (var row in rows.Reader.ReadAllAsync(cancellationToken))
            {
                yield return row;
            }
        }
        finally
        {
            // A consumer that stops early (or fails) ends the query and waits for its reader to close.
            await stop.CancelAsync();
            await producer;
        }
    }

    private sealed class SingleAttempt(DbContext context) : ExecutionStrategy(context, 0, TimeSpan.Zero)
    {
        protected override bool ShouldRetryOn(Exception exception) => false;
    }
}
