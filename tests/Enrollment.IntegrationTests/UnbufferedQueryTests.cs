using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The export's stream on a provider that retries on failure (PostgreSQL here, SQL Server alike): the first row is
/// handed out while the database is still sending the rest, instead of after EF Core has read the whole result into
/// memory (which held 100,000 applications at once and grew the host by 120–180 MiB). Seen from PostgreSQL: after the
/// first row, the streaming query's backend is still active; a buffered one has finished (idle, or gone once EF Core has
/// closed the connection).
/// </summary>
public sealed class UnbufferedQueryTests
{
    private const int Rows = 1_000_000;

    [SkippableFact]
    public async Task With_a_retrying_strategy_the_stream_hands_out_rows_while_the_query_still_runs()
    {
        await using var context = await ContextAsync("stream");
        await using var rows = Numbers(context).AsUnbufferedAsyncEnumerable(context).GetAsyncEnumerator();
        Assert.True(await rows.MoveNextAsync());
        Assert.Equal(1, rows.Current);
        Assert.Equal("active", await StateOfAsync(context, "stream"));

        var count = 1;
        while (await rows.MoveNextAsync())
        {
            count++;
        }

        Assert.Equal(Rows, count);
    }

    [SkippableFact]
    public async Task Stopping_early_ends_the_query()
    {
        await using var context = await ContextAsync("early");
        await foreach (var row in Numbers(context).AsUnbufferedAsyncEnumerable(context))
        {
            Assert.Equal(1, row);
            break;
        }

        Assert.NotEqual("active", await StateOfAsync(context, "early"));
        Assert.Equal(1, await context.Database.SqlQuery<int>($"SELECT 1 AS \"Value\"").SingleAsync());
    }

    [SkippableFact]
    public async Task Without_it_ef_core_reads_the_whole_result_before_the_first_row()
    {
        // What the stream is for: the plain query, with the same retrying strategy, has already finished.
        await using var context = await ContextAsync("buffered");
        await using var rows = Numbers(context).AsAsyncEnumerable().GetAsyncEnumerator();
        Assert.True(await rows.MoveNextAsync());
        Assert.NotEqual("active", await StateOfAsync(context, "buffered"));
    }

    private static IQueryable<int> Numbers(DbContext context) =>
        context.Database.SqlQuery<int>($"SELECT generate_series(1, {Rows}) AS \"Value\"");

    private static async Task<DbContext> ContextAsync(string name)
    {
        var server = await PostgresServer.GetAsync();
        Skip.If(server.SkipReason is not null, server.SkipReason);
        var connectionString = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync("unbuffered"))
        {
            ApplicationName = name,
            Pooling = false,
        }.ConnectionString;
        var options = new DbContextOptionsBuilder()
            .UseNpgsql(connectionString, o => o.EnableRetryOnFailure(3))
            .Options;
        return new DbContext(options);
    }

    /// <summary>The state of the context's backend, read from another connection.</summary>
    private static async Task<string?> StateOfAsync(DbContext context, string name)
    {
        var builder = new NpgsqlConnectionStringBuilder(context.Database.GetConnectionString()) { ApplicationName = "observer", Pooling = false };
        await using var observer = new NpgsqlConnection(builder.ConnectionString);
        await observer.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT state FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()", observer);
        command.Parameters.AddWithValue(name);
        return (string?)await command.ExecuteScalarAsync();
    }
}
