using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Enrollment.BuildingBlocks.Infrastructure.Outbox;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The outbox: written with the change, delivered after the commit, kept across a restart, and with
/// two instances on one database each message handled once.
/// </summary>
public abstract class OutboxTests(AppFixture fixture)
{
    private const string OutboxOff = "false";

    [SkippableFact]
    public async Task Messages_written_while_no_instance_delivers_are_delivered_after_a_restart()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var (connectionString, _) = await fixture.CreateDatabaseAsync(Path.GetTempPath());

        List<Guid> started;
        await using (var first = fixture.StartApp(connectionString!, new Dictionary<string, string?> { ["Outbox:Enabled"] = OutboxOff }))
        {
            started = await StartApplicationsAsync(first, 5);
            Assert.Equal(5, await PendingAsync(first, "registration"));
        }

        await using var second = fixture.StartApp(connectionString!);
        await WaitUntilAsync(async () => await PendingAsync(second, "registration") == 0);
        var history = await HistoryAsync(second);
        Assert.All(started, id => Assert.Contains(id, history));
    }

    [SkippableFact]
    public async Task Two_instances_on_one_database_handle_each_message_once()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var (connectionString, _) = await fixture.CreateDatabaseAsync(Path.GetTempPath());
        var deliveries = new ConcurrentBag<string>();
        using var listener = ListenToDeliveries(deliveries);

        // Messages are written while no instance delivers, then both instances start at once on them.
        const int count = 30;
        await using (var writer = fixture.StartApp(connectionString!, new Dictionary<string, string?> { ["Outbox:Enabled"] = OutboxOff }))
        {
            await StartApplicationsAsync(writer, count);
        }

        await using var a = fixture.StartApp(connectionString!);
        await using var b = fixture.StartApp(connectionString!);
        var instances = new[] { a, b }.Select(app => { _ = app.Server; return app.Services.GetRequiredService<OutboxProcessor>().InstanceId; }).ToHashSet();
        await WaitUntilAsync(async () => await PendingAsync(a, "registration") == 0);

        Assert.Equal(count, deliveries.Count(instances.Contains));
        await using var scope = a.Services.CreateAsyncScope();
        var registration = scope.ServiceProvider.GetServices<ModuleDbContext>().Single(c => c.Schema == "registration");
        var attempts = await registration.OutboxMessages.Select(m => m.Attempts).ToListAsync();
        Assert.Equal(count, attempts.Count);
        Assert.All(attempts, n => Assert.Equal(1, n));
        Assert.Equal(count, (await HistoryAsync(a)).Count);
    }

    [SkippableFact]
    public async Task Two_instances_claiming_small_batches_at_once_handle_each_message_once()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var (connectionString, _) = await fixture.CreateDatabaseAsync(Path.GetTempPath());
        var deliveries = new ConcurrentBag<string>();
        using var listener = ListenToDeliveries(deliveries);

        const int count = 45;
        await using (var writer = fixture.StartApp(connectionString!, new Dictionary<string, string?> { ["Outbox:Enabled"] = OutboxOff }))
        {
            await StartApplicationsAsync(writer, count);
        }

        // Rounds of 4 messages: the two instances race for the same candidates round after round.
        var small = new Dictionary<string, string?> { ["Outbox:BatchSize"] = "4" };
        await using var a = fixture.StartApp(connectionString!, small);
        await using var b = fixture.StartApp(connectionString!, small);
        var instances = new[] { a, b }.Select(app => { _ = app.Server; return app.Services.GetRequiredService<OutboxProcessor>().InstanceId; }).ToHashSet();
        await WaitUntilAsync(async () => await PendingAsync(a, "registration") == 0);

        Assert.Equal(count, deliveries.Where(instances.Contains).Count());
        await using var scope = a.Services.CreateAsyncScope();
        var registration = scope.ServiceProvider.GetServices<ModuleDbContext>().Single(c => c.Schema == "registration");
        Assert.All(await registration.OutboxMessages.Select(m => m.Attempts).ToListAsync(), n => Assert.Equal(1, n));
        Assert.Equal(count, (await HistoryAsync(a)).Count);
    }

    [SkippableFact]
    public async Task A_commit_wakes_the_outbox_of_its_instance_without_waiting_for_the_poll()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var (connectionString, _) = await fixture.CreateDatabaseAsync(Path.GetTempPath());

        // The poll runs once at the start, then not for an hour: only the commit's signal can deliver.
        await using var app = fixture.StartApp(connectionString!, new Dictionary<string, string?> { ["Outbox:PollInterval"] = "01:00:00" });
        _ = app.Server;
        var started = await StartApplicationsAsync(app, 3);

        await WaitUntilAsync(async () => await PendingAsync(app, "registration") == 0);
        var history = await HistoryAsync(app);
        Assert.All(started, id => Assert.Contains(id, history));
    }

    private static MeterListener ListenToDeliveries(ConcurrentBag<string> deliveries)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == OutboxProcessor.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, measurement, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "instance")
                {
                    // One measurement counts the messages of a batch.
                    for (var i = 0L; i < measurement; i++)
                    {
                        deliveries.Add((string)tag.Value!);
                    }
                }
            }
        });
        listener.Start();
        return listener;
    }

    private static async Task<List<Guid>> StartApplicationsAsync(EnrollmentApp app, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var response = await app.CreateParentClient(Guid.NewGuid()).PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
            var body = await Json.ReadAsync(response, HttpStatusCode.Created);
            ids.Add(body.GetProperty("id").GetGuid());
        }

        return ids;
    }

    private static async Task<int> PendingAsync(EnrollmentApp app, string schema)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetServices<ModuleDbContext>().Single(c => c.Schema == schema);
        return await context.OutboxMessages.CountAsync(m => m.ProcessedAt == null);
    }

    private static async Task<List<Guid>> HistoryAsync(EnrollmentApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var review = scope.ServiceProvider.GetServices<ModuleDbContext>().Single(c => c.Schema == "review");
        return await review.Database
            .SqlQueryRaw<Guid>(review.Database.IsSqlite()
                ? "SELECT \"ApplicationId\" AS \"Value\" FROM \"review_ApplicationHistory\""
                : review.Database.IsNpgsql()
                    ? "SELECT \"ApplicationId\" AS \"Value\" FROM review.\"ApplicationHistory\""
                    : "SELECT [ApplicationId] AS [Value] FROM review.[ApplicationHistory]")
            .ToListAsync();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The outbox was not delivered within 30 s.");
            await Task.Delay(100);
        }
    }
}

public sealed class OutboxTests_Sqlite(SqliteFixture fixture) : OutboxTests(fixture), IClassFixture<SqliteFixture>;

public sealed class OutboxTests_PostgreSql(PostgreSqlFixture fixture) : OutboxTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class OutboxTests_SqlServer(SqlServerFixture fixture) : OutboxTests(fixture), IClassFixture<SqlServerFixture>;
