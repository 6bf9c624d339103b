using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Testing;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The integrators' changes feed (issue 16, ADR-0031): a client paging with the cursor while applications change
/// ends with every application's latest state, never skips one (not even one whose transaction commits after a
/// later one started), never loops; tombstones, filters, and no unmasked number without the PII scope.
/// </summary>
public abstract partial class IntegrationFeedTests(AppFixture fixture)
{
    private const string Feed = "/api/v1/integration/applications";

    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    [SkippableFact]
    public async Task A_client_paging_while_1000_updates_run_ends_with_every_applications_latest_state_without_gap_or_loop()
    {
        const int applications = 40;
        const int updatesPerApplication = 25; // 40 × 25 = 1,000 updates, each one committed
        const int writers = 8;
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var submitted = new ConcurrentBag<ReviewScenario.Submitted>();
        await Parallel.ForEachAsync(Enumerable.Range(0, applications), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            submitted.Add(await scenario.SubmitAsync(school, "并发" + Names[i % Names.Length])));
        var ours = submitted.ToDictionary(s => s.Id);
        var reader = await scenario.IntegratorAsync(admin, ["applications:read", "applications:read:pii"], "applications:read applications:read:pii");

        // The client starts from the beginning of the feed and keeps paging (small pages) while the writers run.
        var mirror = new Dictionary<Guid, Seen>();
        var seen = new HashSet<(Guid, int)>();
        var pages = 0;
        string? cursor = null;
        var writersDone = false;
        var applied = 0;
        var writing = Task.Run(async () =>
        {
            try
            {
                // Each writer owns its applications, so every update commits (no 412 between writers).
                await Parallel.ForEachAsync(ours.Values.Select((s, i) => (s, i)).GroupBy(x => x.i % writers), new ParallelOptions { MaxDegreeOfParallelism = writers }, async (group, _) =>
                {
                    for (var round = 0; round < updatesPerApplication; round++)
                    {
                        foreach (var (application, index) in group)
                        {
                            await UpdateAsync(application, index, round, round == updatesPerApplication - 1);
                            Interlocked.Increment(ref applied);
                        }
                    }
                });
            }
            finally
            {
                Volatile.Write(ref writersDone, true);
            }
        });

        while (true)
        {
            var done = Volatile.Read(ref writersDone); // read before the page: a short page after it is the end
            var page = await PageAsync(reader, cursor, limit: 7);
            pages++;
            Assert.True(pages < 20_000, "the feed never reached its end: an endless page");
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                var entry = Seen.Of(item);
                Assert.True(seen.Add((entry.Id, entry.Version)), $"{entry.Id} version {entry.Version} came twice: the cursor went back");
                if (mirror.TryGetValue(entry.Id, out var before))
                {
                    Assert.True(entry.Deleted || entry.Version > before.Version, $"{entry.Id}: version {entry.Version} after {before.Version}");
                }

                mirror[entry.Id] = entry;
            }

            cursor = page.GetProperty("nextCursor").GetString();
            if (!page.GetProperty("hasMore").GetBoolean() && done)
            {
                break;
            }
        }

        await writing;
        Assert.Equal(applications * updatesPerApplication, applied);

        // The client's copy is the platform's latest state of every application: none missing, none stale.
        foreach (var (id, application) in ours)
        {
            Assert.True(mirror.TryGetValue(id, out var copy), $"{id} never came in the feed");
            var response = await reader.GetAsync($"{Feed}/{id}");
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                Assert.True(copy.Deleted, $"{id} is deleted, the client still holds it");
                continue;
            }

            var truth = Seen.OfApplication(await Json.ReadAsync(response, HttpStatusCode.OK));
            Assert.Equal(truth, copy);
        }

        Assert.Contains(mirror.Values, m => m.Deleted);
        Assert.Contains(mirror.Values, m => m.Status == "Accepted");

        // Caught up: the next page is empty and its cursor stays where it was.
        var last = await PageAsync(reader, cursor, limit: 7);
        Assert.Empty(last.GetProperty("items").EnumerateArray());
        Assert.False(last.GetProperty("hasMore").GetBoolean());
        Assert.Empty((await PageAsync(reader, last.GetProperty("nextCursor").GetString(), limit: 7)).GetProperty("items").EnumerateArray());

        async Task UpdateAsync(ReviewScenario.Submitted application, int index, int round, bool final)
        {
            if (final && index % 3 == 0)
            {
                await SendAsync(new AcceptApplicationCommand(application.Id));
                return;
            }

            if (final && index % 3 == 1)
            {
                Assert.Equal(HttpStatusCode.NoContent, (await application.Parent.DeleteAsync(application.Location)).StatusCode);
                return;
            }

            var father = Wizard.Parent("张伟", application.FatherId);
            father["mobile"] = Mobile(index, round);
            await Json.ReadAsync(await application.Parent.PutAsJsonAsync($"{application.Location}/guardians", new { father }), HttpStatusCode.OK);
        }
    }

    [SkippableFact]
    public async Task A_change_whose_transaction_commits_after_a_later_change_started_is_not_skipped()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var first = await scenario.SubmitAsync(school, "先改");
        var second = await scenario.SubmitAsync(school, "后改");
        var reader = await scenario.IntegratorAsync(admin, ["applications:read"], "applications:read");
        var (cursor, _) = await CatchUpAsync(reader, null);

        // The first change is saved in a transaction that stays open ...
        using var scope = App.Services.CreateScope();
        var registration = scope.ServiceProvider.GetServices<ModuleDbContext>().Single(c => c.Schema == "registration");
        var saved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var open = registration.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await registration.Database.BeginTransactionAsync();
            var application = await registration.Set<StudentApplication>().SingleAsync(a => a.Id == new Modules.Registration.Domain.Applications.ApplicationId(first.Id));
            application.Return(["户口簿地址与户口簿不一致"], DateTimeOffset.UtcNow);
            await registration.SaveChangesAsync();
            saved.TrySetResult();
            await release.Task;
            await transaction.CommitAsync();
        });
        await Task.WhenAny(saved.Task, open);
        Assert.False(open.IsFaulted, open.Exception?.ToString());

        // ... while a second change starts after it (and commits as soon as the database lets it), and the client pages.
        var later = Task.Run(() => SendAsync(new ReturnApplicationCommand(second.Id, ["学生姓名与户口簿不一致"]))); // SQLite waits for its lock synchronously
        await Task.WhenAny(later, Task.Delay(TimeSpan.FromSeconds(1)));
        var (during, whileOpen) = await CatchUpAsync(reader, cursor);
        Assert.False(whileOpen.TryGetValue(first.Id, out var uncommitted) && uncommitted.Status == "Returned", "an uncommitted change was served");

        release.SetResult();
        await open;
        await later;
        var (_, afterwards) = await CatchUpAsync(reader, during);
        Assert.Equal("Returned", afterwards[first.Id].Status);
        var secondState = afterwards.TryGetValue(second.Id, out var s) ? s : whileOpen[second.Id];
        Assert.Equal("Returned", secondState.Status);
    }

    [SkippableFact]
    public async Task Deletions_are_tombstones_filters_select_by_latest_state_and_a_caught_up_client_gets_an_empty_page()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var accepted = await scenario.SubmitAsync(school, "已提交");
        var deleted = await scenario.SubmitAsync(school, "已删除");
        var underReview = await scenario.SubmitAsync(school, "审核中");
        var reader = await scenario.IntegratorAsync(admin, ["applications:read", "applications:read:pii"], "applications:read applications:read:pii");
        var season = (await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK)).GetProperty("id").GetGuid();
        await SendAsync(new AcceptApplicationCommand(accepted.Id));
        Assert.Equal(HttpStatusCode.NoContent, (await deleted.Parent.DeleteAsync(deleted.Location)).StatusCode);

        var (_, all) = await CatchUpAsync(reader, null);
        Assert.Equal("Accepted", all[accepted.Id].Status);
        Assert.Equal("UnderReview", all[underReview.Id].Status);
        Assert.True(all[deleted.Id].Deleted);

        // The tombstone: id, season, deleted, when — nothing else of the child.
        var (_, raw) = await CatchUpRawAsync(reader, null, $"season={season}");
        var tombstone = raw[deleted.Id];
        Assert.True(tombstone.GetProperty("deleted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, tombstone.GetProperty("application").ValueKind);
        Assert.Equal(season, tombstone.GetProperty("seasonId").GetGuid());
        Assert.DoesNotContain(deleted.StudentId, tombstone.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("已删除", tombstone.GetRawText(), StringComparison.Ordinal);

        // status= selects by the latest status; tombstones come in every feed.
        var (_, acceptedOnly) = await CatchUpAsync(reader, null, "status=Accepted");
        Assert.Contains(accepted.Id, acceptedOnly.Keys);
        Assert.DoesNotContain(underReview.Id, acceptedOnly.Keys);
        Assert.True(acceptedOnly[deleted.Id].Deleted);
        Assert.All(acceptedOnly.Values, v => Assert.True(v.Deleted || v.Status == "Accepted"));

        // season= of another season matches nothing of ours; changedSince= in the future matches nothing at all.
        var (_, otherSeason) = await CatchUpAsync(reader, null, $"season={Guid.NewGuid()}");
        Assert.Empty(otherSeason);
        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O", CultureInfo.InvariantCulture));
        var (_, none) = await CatchUpAsync(reader, null, $"changedSince={future}");
        Assert.Empty(none);

        // A draft is never in the feed: a new draft of the same school does not appear.
        var parent = App.CreateParentClient(Guid.NewGuid());
        var started = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        var draftId = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[^1]);
        var (_, withDraft) = await CatchUpAsync(reader, null);
        Assert.DoesNotContain(draftId, withDraft.Keys);

        // An edit of a submitted application moves it to the end of the feed.
        var (caughtUp, _) = await CatchUpAsync(reader, null);
        var empty = await PageAsync(reader, caughtUp, limit: 100);
        Assert.Empty(empty.GetProperty("items").EnumerateArray());
        Assert.False(empty.GetProperty("hasMore").GetBoolean());
        var father = Wizard.Parent("张伟", underReview.FatherId);
        father["mobile"] = "13900000001";
        await Json.ReadAsync(await underReview.Parent.PutAsJsonAsync($"{underReview.Location}/guardians", new { father }), HttpStatusCode.OK);
        var next = await PageAsync(reader, empty.GetProperty("nextCursor").GetString(), limit: 100);
        var moved = Assert.Single(next.GetProperty("items").EnumerateArray());
        Assert.Equal(underReview.Id, moved.GetProperty("id").GetGuid());
        Assert.Equal("13900000001", moved.GetProperty("application").GetProperty("guardians").GetProperty("father").GetProperty("mobile").GetString());
    }

    [SkippableFact]
    public async Task A_bad_cursor_status_or_limit_is_a_400_naming_the_field_and_the_feed_needs_the_read_scope()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var reader = await scenario.IntegratorAsync(admin, ["applications:read"], "applications:read");

        foreach (var (query, field) in new[] { ("cursor=bm90LWEtY3Vyc29y", "cursor"), ("cursor=%25%25", "cursor"), ("status=Draft", "status"), ("limit=0", "limit"), ("limit=501", "limit"), ("season=x", "season"), ("changedSince=yesterday", "changedSince") })
        {
            var problem = await Problem.ReadAsync(await reader.GetAsync($"{Feed}?{query}"), HttpStatusCode.BadRequest);
            Assert.Equal("validation.failed", problem.Code);
            Assert.True(problem.Errors.ContainsKey(field), $"{query}: {string.Join(", ", problem.Errors.Keys)}");
        }

        Assert.Equal("auth.required", (await Problem.ReadAsync(await App.CreateClient().GetAsync(Feed), HttpStatusCode.Unauthorized)).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync(Feed)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateParentClient(Guid.NewGuid()).GetAsync(Feed)).StatusCode);
    }

    [SkippableFact]
    public async Task Without_the_pii_scope_no_unmasked_id_phone_or_certificate_number_is_anywhere_in_the_feed_or_the_detail()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var submitted = await scenario.SubmitAsync(school, "隐私");
        const string certificate = "O410012345";
        await Json.ReadAsync(
            await submitted.Parent.PutAsJsonAsync($"{submitted.Location}/student", new { name = "隐私", residentId = submitted.StudentId, ethnicityCode = "01", graduationSchoolId = school.School, graduationClassId = school.Class, birthCertificateNumber = certificate }),
            HttpStatusCode.OK);
        var returned = await scenario.SubmitAsync(school, "隐私退回");
        await SendAsync(new ReturnApplicationCommand(returned.Id, ["户口簿地址与户口簿不一致"]));
        string[] secrets = [submitted.StudentId, submitted.FatherId, returned.StudentId, returned.FatherId, ReviewScenario.FatherMobile, certificate];

        var masked = await scenario.IntegratorAsync(admin, ["applications:read"], "applications:read");
        var narrowed = await scenario.IntegratorAsync(admin, ["applications:read", "applications:read:pii"], "applications:read");
        foreach (var client in new[] { masked, narrowed })
        {
            var answers = new List<string>();
            string? cursor = null;
            do
            {
                var response = await client.GetAsync($"{Feed}?limit=50" + (cursor is null ? string.Empty : $"&cursor={cursor}"));
                var text = await response.Content.ReadAsStringAsync();
                answers.Add(text);
                var page = JsonDocument.Parse(text).RootElement;
                cursor = page.GetProperty("hasMore").GetBoolean() ? page.GetProperty("nextCursor").GetString() : null;
            }
            while (cursor is not null);

            answers.Add(await (await client.GetAsync($"{Feed}/{submitted.Id}")).Content.ReadAsStringAsync());
            answers.Add(await (await client.GetAsync($"{Feed}/{returned.Id}")).Content.ReadAsStringAsync());
            foreach (var answer in answers)
            {
                foreach (var secret in secrets)
                {
                    Assert.DoesNotContain(secret, answer, StringComparison.OrdinalIgnoreCase);
                }

                Assert.DoesNotMatch(FullResidentId(), answer);
                Assert.DoesNotMatch(FullMobile(), answer);
            }

            var all = string.Join('\n', answers);
            Assert.Contains(ReviewScenario.Masked(submitted.StudentId), all, StringComparison.Ordinal);
            Assert.Contains("138****2345", all, StringComparison.Ordinal);
            Assert.Contains("O*******45", all, StringComparison.Ordinal);
        }

        // With the scope the same reads show them.
        var pii = await scenario.IntegratorAsync(admin, ["applications:read", "applications:read:pii"], "applications:read applications:read:pii");
        var (_, full) = await CatchUpRawAsync(pii, null);
        var application = full[submitted.Id].GetProperty("application");
        Assert.Equal(submitted.StudentId, application.GetProperty("student").GetProperty("residentId").GetString());
        Assert.Equal(certificate, application.GetProperty("student").GetProperty("birthCertificateNumber").GetString());
        Assert.Equal(ReviewScenario.FatherMobile, application.GetProperty("guardians").GetProperty("father").GetProperty("mobile").GetString());
        Assert.False(application.GetProperty("personalDataMasked").GetBoolean());
    }

    [SkippableFact]
    public async Task Over_its_per_minute_limit_a_client_gets_429_with_retry_after_and_a_problem_while_another_client_goes_on()
    {
        _ = App;
        await using var app = fixture.StartApp(fixture.ConnectionString, new Dictionary<string, string?> { ["RateLimits:IntegrationPerMinute"] = "3" });
        var scenario = new ReviewScenario(app);
        var admin = await app.CreateAdminClientAsync();
        var busy = await scenario.IntegratorAsync(admin, ["applications:read"], "applications:read");
        var other = await scenario.IntegratorAsync(admin, ["applications:read"], "applications:read");

        // The feed, the detail and who-am-I share the client's allowance.
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync($"{Feed}?limit=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await busy.GetAsync($"{Feed}/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/v1/integration/me")).StatusCode);
        var refused = await busy.GetAsync($"{Feed}?limit=1");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("rate-limited", (await Problem.ReadAsync(refused, HttpStatusCode.TooManyRequests)).Code);

        // Per client, not per address (both call from the same one here); a request without a token counts for nobody.
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"{Feed}?limit=1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(Feed)).StatusCode);
    }

    // -- Helpers -----------------------------------------------------------------------------------

    private static readonly string[] Names = ["小明", "小红", "小刚", "小丽", "小军", "小芳", "小强", "小燕"];

    /// <summary>What the client keeps of an application: enough to tell any two states apart.</summary>
    private sealed record Seen(Guid Id, bool Deleted, int Version, string? Status, string? FatherMobile)
    {
        public static Seen Of(JsonElement item) =>
            item.GetProperty("deleted").GetBoolean()
                ? new Seen(item.GetProperty("id").GetGuid(), true, int.MaxValue, null, null)
                : OfApplication(item.GetProperty("application"));

        public static Seen OfApplication(JsonElement application) => new(
            application.GetProperty("id").GetGuid(),
            false,
            application.GetProperty("version").GetInt32(),
            application.GetProperty("status").GetString(),
            application.GetProperty("guardians").GetProperty("father").GetProperty("mobile").GetString());
    }

    private static string Mobile(int index, int round) => "139" + (index * 1000 + round).ToString("D8", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> PageAsync(HttpClient client, string? cursor, int limit, string? filters = null)
    {
        var query = $"limit={limit}" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}") + (filters is null ? string.Empty : "&" + filters);
        return await Json.ReadAsync(await client.GetAsync($"{Feed}?{query}"), HttpStatusCode.OK);
    }

    /// <summary>Pages until caught up; the cursor to go on with and the latest state of every application seen.</summary>
    private static async Task<(string? Cursor, Dictionary<Guid, Seen> Seen)> CatchUpAsync(HttpClient client, string? cursor, string? filters = null)
    {
        var (next, raw) = await CatchUpRawAsync(client, cursor, filters);
        return (next, raw.ToDictionary(r => r.Key, r => Seen.Of(r.Value)));
    }

    private static async Task<(string? Cursor, Dictionary<Guid, JsonElement> Items)> CatchUpRawAsync(HttpClient client, string? cursor, string? filters = null)
    {
        var items = new Dictionary<Guid, JsonElement>();
        for (var pages = 0; pages < 10_000; pages++)
        {
            var page = await PageAsync(client, cursor, limit: 100, filters);
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                items[item.GetProperty("id").GetGuid()] = item.Clone();
            }

            cursor = page.GetProperty("nextCursor").GetString();
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return (cursor, items);
            }
        }

        throw new Xunit.Sdk.XunitException("the feed never caught up");
    }

    private async Task SendAsync(ICommand command)
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])")]
    private static partial Regex FullResidentId();

    [GeneratedRegex(@"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")]
    private static partial Regex FullMobile();
}

public sealed class IntegrationFeedTests_Sqlite(SqliteFixture fixture) : IntegrationFeedTests(fixture), IClassFixture<SqliteFixture>;

public sealed class IntegrationFeedTests_PostgreSql(PostgreSqlFixture fixture) : IntegrationFeedTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class IntegrationFeedTests_SqlServer(SqlServerFixture fixture) : IntegrationFeedTests(fixture), IClassFixture<SqlServerFixture>;
