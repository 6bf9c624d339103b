using System.Collections.Concurrent;
using Enrollment.Testing;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// Hangfire with two instances on one job store (issue 17): each enqueued job runs once, and a recurring job that
/// both instances schedule runs once per occurrence. Counted by the jobs themselves (<see cref="CountingJob"/>),
/// not by Hangfire's own bookkeeping.
/// </summary>
public abstract class JobsScaleOutTests(AppFixture fixture)
{
    [SkippableFact]
    public async Task Two_instances_run_each_enqueued_job_once_and_each_recurring_occurrence_once()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var (connectionString, _) = await fixture.CreateDatabaseAsync(Path.GetTempPath());
        var settings = new Dictionary<string, string?> { ["Jobs:WorkerCount"] = "3", ["Jobs:QueuePollInterval"] = "00:00:00.200", ["Jobs:SchedulePollingInterval"] = "00:00:01" };
        await using var a = fixture.StartApp(connectionString!, settings);
        await using var b = fixture.StartApp(connectionString!, settings);
        _ = a.Server;
        _ = b.Server;
        var run = Guid.NewGuid().ToString("N");
        var executions = CountingJob.For(run);

        // Enqueued from both instances' clients at once; each instance's workers compete for all of them.
        const int count = 60;
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() =>
            (i % 2 == 0 ? a : b).Services.GetRequiredService<IBackgroundJobClient>().Enqueue<CountingJob>(job => job.Run(run, i, null)))));

        // The same recurring job registered by both instances (as every start does), every 2 seconds.
        var recurringId = "test-every-2s-" + run;
        foreach (var app in new[] { a, b })
        {
            app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<CountingJob>(recurringId, job => job.Run(run, -1, null), "*/2 * * * * *");
        }

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (executions.Count(e => e.N >= 0) < count || executions.Count(e => e.N < 0) < 3)
        {
            Assert.True(DateTime.UtcNow < deadline, $"after 90 s: {executions.Count(e => e.N >= 0)} of {count} enqueued jobs ran, the recurring one {executions.Count(e => e.N < 0)} times");
            await Task.Delay(200);
        }

        foreach (var app in new[] { a, b })
        {
            app.Services.GetRequiredService<IRecurringJobManager>().RemoveIfExists(recurringId);
        }

        await Task.Delay(TimeSpan.FromSeconds(3)); // a second run of anything would show up by now

        var enqueued = executions.Where(e => e.N >= 0).ToList();
        Assert.Equal(count, enqueued.Count);
        Assert.Equal(Enumerable.Range(0, count), enqueued.Select(e => e.N).Order());
        Assert.Equal(enqueued.Count, enqueued.Select(e => e.JobId).Distinct().Count());
        var recurring = executions.Where(e => e.N < 0).ToList();
        Assert.All(recurring, e => Assert.NotNull(e.Occurrence));
        Assert.Equal(recurring.Count, recurring.Select(e => e.Occurrence).Distinct().Count());
        Assert.Equal(recurring.Count, recurring.Select(e => e.JobId).Distinct().Count());
        Assert.True(executions.Select(e => e.Server).Distinct().Count() >= 2, "one server ran every job: the test did not race two instances");
    }
}

/// <summary>A job that records each run: which job, which server, and for a recurring one its occurrence ("Time").</summary>
public sealed class CountingJob
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<Execution>> Runs = new(StringComparer.Ordinal);

    public static ConcurrentQueue<Execution> For(string run) => Runs.GetOrAdd(run, _ => new ConcurrentQueue<Execution>());

    public void Run(string run, int n, PerformContext? context)
    {
        ArgumentNullException.ThrowIfNull(context);
        For(run).Enqueue(new Execution(n, context.BackgroundJob.Id, context.ServerId, context.GetJobParameter<long?>("Time")));
        Thread.Sleep(50); // long enough for another worker to try the same job, were it handed out twice
    }

    public sealed record Execution(int N, string JobId, string Server, long? Occurrence);
}

public sealed class JobsScaleOutTests_Sqlite(SqliteFixture fixture) : JobsScaleOutTests(fixture), IClassFixture<SqliteFixture>;

public sealed class JobsScaleOutTests_PostgreSql(PostgreSqlFixture fixture) : JobsScaleOutTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class JobsScaleOutTests_SqlServer(SqlServerFixture fixture) : JobsScaleOutTests(fixture), IClassFixture<SqlServerFixture>;
