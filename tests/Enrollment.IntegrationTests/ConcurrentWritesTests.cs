using System.Net;
using System.Net.Http.Json;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace Enrollment.IntegrationTests;

/// <summary>
/// Issue 17, ADR-0047: parents writing at the same moment — on SQLite all through its one write lock — are each
/// answered as if alone: never a 500, never a 503 for a busy database, and every save kept. On SQLite a command may
/// wait for SQLite's lock one second at most here (<c>Database:CommandTimeoutSeconds</c>): writes left to fight for the
/// lock (Microsoft.Data.Sqlite's 150 ms retries) are refused under this load, writes that wait their turn in the
/// host's write queue never meet the lock taken. Saves refused by a unique index in the middle of it (the same child
/// twice) must give their turn back, or every later write would wait 30 s and be refused.
/// </summary>
public abstract class ConcurrentWritesTests(AppFixture fixture, ITestOutputHelper output)
{
    private const int Parents = 24;
    private const int SameChildDrafts = 8;

    [SkippableFact]
    public async Task Parents_writing_at_once_are_all_answered_without_a_500_or_a_busy_database_and_every_save_is_kept()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var (connectionString, _) = await fixture.CreateDatabaseAsync(Path.GetTempPath());
        var settings = fixture.Provider == DatabaseProvider.Sqlite
            ? new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" }
            : null;
        await using var app = fixture.StartApp(connectionString!, settings);
        var parents = Enumerable.Range(0, Parents).Select(_ => app.CreateParentClient(Guid.NewGuid())).ToList();
        var sameChild = Enumerable.Range(0, SameChildDrafts).Select(_ => app.CreateParentClient(Guid.NewGuid())).ToList();
        var (school, schoolClass) = await Wizard.SchoolAsync(app);
        var sameChildId = TestIds.For(new DateOnly(2018, 8, 1));

        var wizards = parents.Select((parent, i) => Task.Run(() => WizardAsync(parent, TestIds.For(new DateOnly(2017, 9, 1).AddDays(i)), school, schoolClass)));
        var duplicates = sameChild.Select(parent => Task.Run(async () =>
        {
            var location = await StartAsync(parent);
            var response = await parent.PutAsJsonAsync($"{location}/student", Student(sameChildId, school, schoolClass));
            return response.StatusCode == HttpStatusCode.OK
                ? "saved"
                : (await Problem.ReadAsync(response, HttpStatusCode.Conflict)).Code;
        }));
        var submitted = await Task.WhenAll(wizards);
        var sameChildAnswers = await Task.WhenAll(duplicates);

        // The same child: one draft keeps it, every other save is refused with the rule's own answer, none with a 500.
        Assert.Single(sameChildAnswers, a => a == "saved");
        Assert.All(sameChildAnswers.Where(a => a != "saved"), code => Assert.Equal("student.id.duplicate", code));

        // Every acknowledged save is there: each application submitted, with the pages it was sent.
        for (var i = 0; i < Parents; i++)
        {
            var application = await Json.ReadAsync(await parents[i].GetAsync(submitted[i]), HttpStatusCode.OK);
            Assert.Equal("审核中", application.GetProperty("statusText").GetString());
            Assert.Equal("中岳大街72号秀丽王府花园3号楼2单元101室", application.GetProperty("household").GetProperty("addressDetail").GetString());
        }

        if (fixture.Provider == DatabaseProvider.Sqlite)
        {
            // Every write went through the queue, and the parents' writes did meet each other there.
            var statistics = app.Services.GetRequiredService<SqliteWriteQueue>().Statistics;
            output.WriteLine($"SQLite write queue: {statistics}");
            Assert.True(statistics.Writes >= Parents * 12, $"{statistics.Writes} writes through the queue for {Parents} wizards");
            Assert.True(statistics.Queued > 0, "no write waited for another one: the writes did not go through the queue");
        }
    }

    private static Dictionary<string, object?> Student(string residentId, Guid school, Guid schoolClass) => new()
    {
        ["name"] = "张小明",
        ["residentId"] = residentId,
        ["ethnicityCode"] = "01",
        ["graduationSchoolId"] = school,
        ["graduationClassId"] = schoolClass,
    };

    private static async Task<string> StartAsync(HttpClient parent)
    {
        var start = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications")
        {
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
            Content = JsonContent.Create(new { graduationType = "KindergartenGraduate" }),
        };
        var response = await parent.SendAsync(start);
        await Json.ReadAsync(response, HttpStatusCode.Created);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Pages 1–11 and the submission (with an Idempotency-Key, whose transaction holds the write until its answer is stored).</summary>
    private static async Task<string> WizardAsync(HttpClient parent, string childId, Guid school, Guid schoolClass)
    {
        var location = await StartAsync(parent);
        var fatherId = Wizard.FatherId();
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", Student(childId, school, schoolClass)), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("张伟", fatherId) }), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", fatherId)), HttpStatusCode.OK);
        await Wizard.SkipEvidenceAsync(parent, location);
        var submission = new HttpRequestMessage(HttpMethod.Post, $"{location}/submission") { Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } } };
        await Json.ReadAsync(await parent.SendAsync(submission), HttpStatusCode.OK);
        return location;
    }
}

public sealed class ConcurrentWritesTests_Sqlite(SqliteFixture fixture, ITestOutputHelper output) : ConcurrentWritesTests(fixture, output), IClassFixture<SqliteFixture>;

public sealed class ConcurrentWritesTests_PostgreSql(PostgreSqlFixture fixture, ITestOutputHelper output) : ConcurrentWritesTests(fixture, output), IClassFixture<PostgreSqlFixture>;

public sealed class ConcurrentWritesTests_SqlServer(SqlServerFixture fixture, ITestOutputHelper output) : ConcurrentWritesTests(fixture, output), IClassFixture<SqlServerFixture>;
