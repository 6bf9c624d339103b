using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Enrollment.Proxy;
using Enrollment.Testing;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace Enrollment.IntegrationTests;

/// <summary>
/// Scale-out, the reduced form of <c>bench/scale-out.sh</c> (issue 17, ADR-0044): two host processes on one
/// PostgreSQL behind the YARP proxy (round robin), parents running whole wizards through it, a reviewer accepting
/// their applications. Then it counts what each instance did and asserts there were no duplicates: every submission
/// stored once, the submission retried with its <c>Idempotency-Key</c> answered the same, every outbox message
/// delivered once (<c>Attempts</c> 1, one history entry per message), every Hangfire job run once and each recurring
/// occurrence once, one notification per acceptance, the WeChat access token fetched once for both instances, and a
/// parent's cookie accepted by each instance.
/// </summary>
public sealed class ScaleOutBehindProxyTests(ITestOutputHelper output)
{
    private const int Parents = 6;
    private static readonly string[] EvidenceKinds = ["property", "residence-permit", "employment", "business", "preferential-care", "relocation", "long-term-residence"];

    [SkippableFact]
    public async Task Two_instances_behind_the_proxy_do_everything_once()
    {
        var server = await PostgresServer.GetAsync();
        Skip.If(server.SkipReason is not null, server.SkipReason);
        var connectionString = await server.CreateDatabaseAsync("scaleout");
        var files = Directory.CreateTempSubdirectory("enrollment-scaleout-");

        int portA = HostInstance.FreePort(), portB = HostInstance.FreePort();
        Uri a = new($"http://127.0.0.1:{portA}"), b = new($"http://127.0.0.1:{portB}");
        await using var proxy = ProxyProgram.Build([a, b], "http://127.0.0.1:0");
        await proxy.StartAsync();
        var site = new Uri(proxy.Urls.First());

        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = connectionString,
            ["Evidence:Files:Root"] = files.FullName, // the shared file store of a deployment
            ["Jobs:QueuePollInterval"] = "00:00:00.500",
            ["Jobs:SchedulePollingInterval"] = "00:00:01",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Review:DemoApplications:Enabled"] = "false",
            ["Review:Notifications:DraftReminderCron"] = "*/2 * * * * *", // a recurring job both instances schedule
            ["RateLimits:StartApplicationPerMinute"] = "100000",
            ["Hosting:PublicBaseUrl"] = site.ToString().TrimEnd('/'), // the OAuth callback comes back through the proxy
            ["Hosting:KnownProxies:0"] = "127.0.0.1",
            ["Identity:Tokens:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            // One WeChat for both instances, as in production: the simulator of instance A.
            ["WeChat:ApiBaseUrl"] = $"{a}_wechat-sim",
            ["WeChat:OpenBaseUrl"] = $"{a}_wechat-sim",
        };

        // One after the other: the first migrates and seeds, the second finds it done.
        await using var hostA = HostInstance.Start(settings, portA);
        await hostA.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
        await using var hostB = HostInstance.Start(settings, portB);
        await hostB.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));

        try
        {
            await RunAsync(site, a, b, connectionString);
        }
        catch
        {
            output.WriteLine("host A:\n" + hostA.Output + "\nhost B:\n" + hostB.Output);
            throw;
        }
        finally
        {
            await proxy.StopAsync();
            files.Delete(recursive: true);
        }
    }

    private async Task RunAsync(Uri site, Uri a, Uri b, string connectionString)
    {
        // Parents sign in through the proxy, are shown 平台协议, wait out its 30 s once, and agree.
        var parents = Enumerable.Range(0, Parents).Select(_ => new BrowserParent(site)).ToList();
        await Task.WhenAll(parents.Select(p => p.SignInAsync("o" + Guid.NewGuid().ToString("N"))));
        var versions = await Task.WhenAll(parents.Select(async p => (await p.JsonAsync(HttpMethod.Get, "/api/v1/agreement", null, HttpStatusCode.OK)).GetProperty("version").GetInt32()));
        await Task.Delay(TimeSpan.FromSeconds(31));
        await Task.WhenAll(parents.Select((p, i) => p.JsonAsync(HttpMethod.Post, "/api/v1/agreement/acceptance", new { version = versions[i] }, HttpStatusCode.OK)));

        var first = parents[0];
        var season = await first.JsonAsync(HttpMethod.Get, "/api/v1/seasons/current", null, HttpStatusCode.OK);
        var earliest = DateOnly.Parse(season.GetProperty("primaryEntry").GetProperty("earliestBirthDate").GetString()!, CultureInfo.InvariantCulture);
        var school = (await first.JsonAsync(HttpMethod.Get, "/api/v1/schools?graduationType=KindergartenGraduate", null, HttpStatusCode.OK))[0].GetProperty("id").GetGuid();
        var schoolClass = (await first.JsonAsync(HttpMethod.Get, $"/api/v1/schools/{school}/classes", null, HttpStatusCode.OK))[0].GetProperty("id").GetGuid();

        // Whole wizards, all parents at once; each submission sent again with its key must answer the same.
        var results = await Task.WhenAll(parents.Select((p, i) => WizardAsync(p, earliest.AddDays(i * 7), i, school, schoolClass)));
        var submitted = results.Select(r => r.Id).ToList();
        Assert.All(results, r => Assert.True(r.SameAnswer, $"the submission of {r.Id} retried with its Idempotency-Key answered differently"));

        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await WaitUntilAsync(async () => await ScalarAsync(db, await PendingOutboxSqlAsync(db)) == 0, "the outboxes drained");

        // A reviewer accepts them all through the proxy: one notification each, sent by whichever instance's job runs it.
        using var reviewer = new BrowserParent(site);
        await reviewer.StaffSignInAsync("admin", "Admin#2024");
        var decided = await reviewer.JsonAsync(HttpMethod.Post, "/api/v1/review/applications/bulk-acceptance", new { applicationIds = submitted }, HttpStatusCode.OK);
        var accepted = decided.GetProperty("items").EnumerateArray().Count(r => r.GetProperty("outcome").GetString() == "Accepted");
        Assert.Equal(Parents, accepted);

        using var wechat = new HttpClient { BaseAddress = a };
        JsonElement inspect = default;
        await WaitUntilAsync(async () =>
        {
            inspect = await wechat.GetFromJsonAsync<JsonElement>("/_wechat-sim/inspect");
            return inspect.GetProperty("messages").GetArrayLength() >= Parents;
        }, "every acceptance notified");
        await WaitUntilAsync(async () => await ScalarAsync(db, await PendingOutboxSqlAsync(db)) == 0, "the outboxes drained");

        // A parent's cookie, made through the proxy, straight at each instance.
        foreach (var instance in new[] { a, b })
        {
            using var direct = new BrowserParent(instance, parents[0].Cookies);
            await direct.JsonAsync(HttpMethod.Get, "/api/v1/me", null, HttpStatusCode.OK);
        }

        var stats = await first.Http.GetFromJsonAsync<InstanceCounts[]>(ProxyProgram.StatsPath);
        var counts = await CountAsync(db, submitted);
        var messages = inspect.GetProperty("messages").EnumerateArray().ToList();
        output.WriteLine(string.Join(Environment.NewLine, stats!.Select(s => $"proxy → {s.Id} {s.Address}: {s.Requests} requests, {s.Succeeded} 2xx/3xx, {s.ClientErrors} 4xx, {s.ServerErrors} 5xx")));
        output.WriteLine(counts.ToString());
        output.WriteLine($"WeChat (simulator of instance A): {messages.Count} messages to {messages.Select(m => m.GetProperty("toUser").GetString()).Distinct().Count()} parents, access token fetched {inspect.GetProperty("accessTokenFetches").GetInt32()} time(s)");

        Assert.All(stats!.Where(s => s.Id != "none"), s => Assert.True(s.Requests > 0, $"{s.Id} got no request"));
        Assert.All(stats!, s => Assert.Equal(0, s.ServerErrors));
        Assert.Equal(0, stats!.Single(s => s.Id == "none").Requests);
        Assert.Equal(Parents, counts.Submitted);
        Assert.Equal(0, counts.ChildrenTwice);
        Assert.True(counts.OutboxMessages > Parents * 10, $"only {counts.OutboxMessages} outbox messages");
        Assert.Equal(0, counts.OutboxNotOnce);
        Assert.Equal(0, counts.HistoryTwice);
        Assert.Equal(Parents, counts.SubmissionHistory);
        Assert.True(counts.Jobs > Parents, $"only {counts.Jobs} Hangfire jobs");
        Assert.Equal(0, counts.JobsRunTwice);
        Assert.Equal(0, counts.JobsFailed);
        Assert.True(counts.RecurringOccurrences > 0, "the recurring draft-reminder job never ran");
        Assert.Equal(0, counts.RecurringOccurrencesTwice);
        Assert.Equal(Parents, counts.AcceptanceNotifications);
        Assert.Equal(0, counts.NotificationsNotOnce);
        Assert.Equal(Parents, messages.Count);
        Assert.Equal(Parents, messages.Select(m => m.GetProperty("toUser").GetString()).Distinct().Count());
        Assert.Equal(1, inspect.GetProperty("accessTokenFetches").GetInt32());
        parents.ForEach(p => p.Dispose());
    }

    private static async Task<(Guid Id, bool SameAnswer)> WizardAsync(BrowserParent parent, DateOnly birth, int n, Guid school, Guid schoolClass)
    {
        var childId = BrowserParent.ResidentId(birth, (n * 2) + 1);
        var fatherId = BrowserParent.ResidentId(new DateOnly(1988, 5, 1).AddDays(n), 11);
        var created = await parent.JsonAsync(HttpMethod.Post, "/api/v1/applications", new { graduationType = "KindergartenGraduate" }, HttpStatusCode.Created, Guid.NewGuid().ToString());
        var location = $"/api/v1/applications/{created.GetProperty("id").GetGuid()}";
        await parent.JsonAsync(HttpMethod.Put, $"{location}/student", new { name = "张小明", residentId = childId, ethnicityCode = "01", graduationSchoolId = school, graduationClassId = schoolClass }, HttpStatusCode.OK);
        await parent.JsonAsync(HttpMethod.Put, $"{location}/guardians", new { father = new { name = "张伟", residentId = fatherId, mobile = "13838012345", regionCode = "410185001001", addressDetail = "中岳大街72号" } }, HttpStatusCode.OK);
        await parent.JsonAsync(HttpMethod.Put, $"{location}/household", new
        {
            type = "Family",
            regionCode = "410185001001",
            addressDetail = "中岳大街72号秀丽王府花园3号楼2单元101室",
            community = "秀丽王府花园",
            householder = new { name = "张伟", residentId = fatherId, relation = "子" },
        }, HttpStatusCode.OK);
        foreach (var kind in EvidenceKinds)
        {
            await parent.JsonAsync(HttpMethod.Post, $"{location}/evidence/{kind}/skip", null, HttpStatusCode.OK);
        }

        var key = Guid.NewGuid().ToString();
        var answer = await parent.JsonAsync(HttpMethod.Post, $"{location}/submission", null, HttpStatusCode.OK, key);
        using var again = await parent.SendAsync(HttpMethod.Post, $"{location}/submission", null, key);
        var replayed = again.StatusCode == HttpStatusCode.OK && again.Headers.Contains("Idempotency-Replayed")
            && JsonElement.DeepEquals(answer, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement);
        return (answer.GetProperty("application").GetProperty("id").GetGuid(), replayed);
    }

    private sealed record Counts(
        long Submitted, long ChildrenTwice, long OutboxMessages, long OutboxNotOnce, long HistoryTwice, long SubmissionHistory,
        long Jobs, long JobRuns, long JobsRunTwice, long JobsFailed, long RecurringOccurrences, long RecurringOccurrencesTwice,
        long AcceptanceNotifications, long NotificationsNotOnce)
    {
        public override string ToString() =>
            $"applications submitted {Submitted}, children twice {ChildrenTwice}; outbox messages {OutboxMessages}, not delivered exactly once {OutboxNotOnce}; "
            + $"history entries of one message twice {HistoryTwice}, submissions in the history {SubmissionHistory}; Hangfire jobs {Jobs}, runs {JobRuns}, "
            + $"run twice {JobsRunTwice}, failed {JobsFailed}; draft-reminder occurrences {RecurringOccurrences}, run twice {RecurringOccurrencesTwice}; "
            + $"acceptance notifications {AcceptanceNotifications}, not sent exactly once {NotificationsNotOnce}";
    }

    private static async Task<Counts> CountAsync(NpgsqlConnection db, List<Guid> submitted)
    {
        var ids = string.Join(",", submitted.Select(id => $"'{id}'"));
        var outboxes = await OutboxTablesAsync(db);
        var allOutbox = string.Join(" UNION ALL ", outboxes.Select(t => $"SELECT \"Attempts\", \"ProcessedAt\" FROM {t}"));
        return new Counts(
            await ScalarAsync(db, $"SELECT count(*) FROM registration.\"Applications\" WHERE \"Id\" IN ({ids}) AND \"Status\" <> 'Draft' AND NOT \"IsDeleted\""),
            await ScalarAsync(db, "SELECT count(*) FROM (SELECT 1 FROM registration.\"Applications\" WHERE NOT \"IsDeleted\" AND \"StudentLookupKey\" IS NOT NULL GROUP BY \"SeasonId\", \"StudentLookupKey\" HAVING count(*) > 1) x"),
            await ScalarAsync(db, $"SELECT count(*) FROM ({allOutbox}) m"),
            await ScalarAsync(db, $"SELECT count(*) FROM ({allOutbox}) m WHERE \"Attempts\" <> 1 OR \"ProcessedAt\" IS NULL"),
            await ScalarAsync(db, "SELECT count(*) FROM (SELECT 1 FROM review.\"ApplicationHistory\" GROUP BY \"MessageId\" HAVING count(*) > 1) x"),
            await ScalarAsync(db, $"SELECT count(DISTINCT \"ApplicationId\") FROM review.\"ApplicationHistory\" WHERE \"ApplicationId\" IN ({ids}) AND \"Event\" ILIKE '%submit%'"),
            await ScalarAsync(db, "SELECT count(*) FROM hangfire.job"),
            await ScalarAsync(db, "SELECT count(*) FROM hangfire.state WHERE name = 'Processing'"),
            await ScalarAsync(db, "SELECT count(*) FROM (SELECT jobid FROM hangfire.state WHERE name = 'Processing' GROUP BY jobid HAVING count(*) > 1) x"),
            await ScalarAsync(db, "SELECT count(*) FROM hangfire.job WHERE statename = 'Failed' OR id IN (SELECT jobid FROM hangfire.state WHERE name = 'Failed')"),
            await ScalarAsync(db, "SELECT count(DISTINCT t.value) FROM hangfire.jobparameter r JOIN hangfire.jobparameter t ON t.jobid = r.jobid AND t.name = 'Time' WHERE r.name = 'RecurringJobId' AND r.value LIKE '%review-draft-reminders%'"),
            await ScalarAsync(db, "SELECT count(*) FROM (SELECT t.value FROM hangfire.jobparameter r JOIN hangfire.jobparameter t ON t.jobid = r.jobid AND t.name = 'Time' WHERE r.name = 'RecurringJobId' GROUP BY r.value, t.value HAVING count(*) > 1) x"),
            await ScalarAsync(db, $"SELECT count(*) FROM review.\"ParentNotifications\" WHERE \"ApplicationId\" IN ({ids}) AND \"Kind\"::text ILIKE '%accept%'"),
            await ScalarAsync(db, $"SELECT count(*) FROM review.\"ParentNotifications\" WHERE \"ApplicationId\" IN ({ids}) AND (\"Attempts\" <> 1 OR \"SentAt\" IS NULL)"));
    }

    private static async Task<List<string>> OutboxTablesAsync(NpgsqlConnection db)
    {
        await using var command = new NpgsqlCommand("SELECT quote_ident(table_schema) || '.\"OutboxMessages\"' FROM information_schema.tables WHERE table_name = 'OutboxMessages' ORDER BY 1", db);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<string> PendingOutboxSqlAsync(NpgsqlConnection db) =>
        "SELECT " + string.Join(" + ", (await OutboxTablesAsync(db)).Select(t => $"(SELECT count(*) FROM {t} WHERE \"ProcessedAt\" IS NULL)"));

    private static async Task<long> ScalarAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within 90 s: {what}.");
            await Task.Delay(250);
        }
    }
}
