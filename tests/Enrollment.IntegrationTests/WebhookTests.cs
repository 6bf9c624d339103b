using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Enrollment.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// Integrators' webhooks (issue 16 point 2, ADR-0035) over HTTP, with a real receiver: a Kestrel listener on a free
/// loopback port that answers 500 to the first POST of every event and 200 afterwards, and checks each signature with
/// the documented recipe (HMAC-SHA256 over <c>timestamp + "." + body</c>, written out here, not borrowed from the
/// platform's code). Background jobs are awaited by polling, with a bounded wait.
/// </summary>
public abstract class WebhookTests(AppFixture fixture)
{
    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    [SkippableFact]
    public async Task Each_event_reaches_the_receiver_once_verified_after_a_failed_first_attempt_and_a_replay_keeps_its_event_id()
    {
        await using var receiver = await Receiver.StartAsync();
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var (integrator, clientId) = await IntegratorAsync(App, admin);
        var subscription = await Json.ReadAsync(
            await integrator.PostAsJsonAsync("/api/v1/integration/webhooks", new
            {
                url = receiver.Url,
                events = new[] { "application.accepted", "application.returned", "application.deleted" },
                description = "学籍系统",
            }),
            HttpStatusCode.Created);
        var secret = subscription.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(clientId, subscription.GetProperty("clientId").GetString());
        receiver.Secret = secret;
        receiver.Now = () => App.Clock.GetUtcNow();

        // The secret is shown once: never in a later read.
        var listed = Assert.Single(await ListAsync(integrator, "/api/v1/integration/webhooks"));
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("secret").ValueKind);

        // Returned, resubmitted and accepted; another one submitted and deleted; a draft deleted before it was ever submitted.
        var reviewer = await scenario.StaffAsync(admin, "SchoolReviewer", school.School);
        var reason = (await Json.ReadAsync(await admin.GetAsync("/api/v1/admin/return-reasons"), HttpStatusCode.OK))[0].GetProperty("id").GetGuid();
        var first = await scenario.SubmitAsync(school, "钱小明");
        await Json.ReadAsync(
            await reviewer.PostAsJsonAsync($"/api/v1/review/applications/{first.Id}/return", new { reasons = new[] { new { page = "student", field = "name", reasonId = reason, note = "与户口簿不一致" } } }),
            HttpStatusCode.OK);
        await Json.ReadAsync(await first.Parent.PostAsync($"{first.Location}/submission", null), HttpStatusCode.OK);
        await Json.ReadAsync(await reviewer.PostAsync($"/api/v1/review/applications/{first.Id}/acceptance", null), HttpStatusCode.OK);
        var second = await scenario.SubmitAsync(school, "孙小红");
        Assert.Equal(HttpStatusCode.NoContent, (await second.Parent.DeleteAsync(second.Location)).StatusCode);
        var draftParent = App.CreateParentClient(Guid.NewGuid());
        var draft = (await draftParent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" })).Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.NoContent, (await draftParent.DeleteAsync(draft)).StatusCode);

        var returned = await SettledAsync(integrator, first.Id, "application.returned");
        var accepted = await SettledAsync(integrator, first.Id, "application.accepted");
        var deleted = await SettledAsync(integrator, second.Id, "application.deleted");
        foreach (var line in new[] { returned, accepted, deleted })
        {
            Assert.Equal("Succeeded", line.GetProperty("status").GetString());
            Assert.Equal(2, line.GetProperty("attempts").GetInt32());
            Assert.Equal(200, line.GetProperty("lastStatusCode").GetInt32());
            Assert.Equal(JsonValueKind.Null, line.GetProperty("nextAttemptAt").ValueKind);
            Assert.Equal(receiver.Url, line.GetProperty("url").GetString());
        }

        // Exactly one accepted (2xx) delivery per event, after the injected 500; every POST of an event carried the
        // same event id and body, and a signature that verifies with the documented recipe.
        var events = new[] { returned, accepted, deleted }.Select(l => l.GetProperty("eventId").GetGuid()).ToList();
        Assert.Equal(3, events.Distinct().Count());
        foreach (var eventId in events)
        {
            var posts = receiver.Of(eventId);
            Assert.Equal(2, posts.Count);
            Assert.Equal([500, 200], posts.Select(p => p.Answered));
            Assert.All(posts, p => Assert.True(p.Verified, $"signature of {eventId}: {p.Signature}"));
            Assert.Single(posts, p => p.Answered == 200);
            Assert.Single(posts.Select(p => p.Body).Distinct());
        }

        Assert.DoesNotContain(receiver.Posts, p => !events.Contains(p.EventId));

        // The body: ids, status, season, school, time; no personal data (the integrator reads those through the API).
        var body = JsonDocument.Parse(receiver.Of(events[1])[1].Body).RootElement;
        Assert.Equal(events[1], body.GetProperty("id").GetGuid());
        Assert.Equal("application.accepted", body.GetProperty("type").GetString());
        Assert.Equal(first.Id, body.GetProperty("data").GetProperty("applicationId").GetGuid());
        Assert.Equal("Accepted", body.GetProperty("data").GetProperty("status").GetString());
        Assert.Equal(school.School, body.GetProperty("data").GetProperty("schoolId").GetGuid());
        Assert.Equal(2024, body.GetProperty("data").GetProperty("seasonYear").GetInt32());
        Assert.Equal("Deleted", JsonDocument.Parse(receiver.Of(events[2])[1].Body).RootElement.GetProperty("data").GetProperty("status").GetString());
        Assert.All(receiver.Posts, p =>
        {
            Assert.DoesNotContain("钱小明", p.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(first.StudentId, p.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(ReviewScenario.FatherMobile, p.Body, StringComparison.Ordinal);
            Assert.Equal(p.EventType, JsonDocument.Parse(p.Body).RootElement.GetProperty("type").GetString());
        });

        // The log's detail: both attempts with their status codes.
        var detail = await Json.ReadAsync(await integrator.GetAsync($"/api/v1/integration/webhooks/deliveries/{accepted.GetProperty("id").GetGuid()}"), HttpStatusCode.OK);
        Assert.Equal([500, 200], detail.GetProperty("attemptLog").EnumerateArray().Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.Equal(receiver.Of(events[1])[0].Body, detail.GetProperty("payload").GetString());

        // The client replays the accepted delivery: the same event id and body again, freshly signed.
        var replayed = await Json.ReadAsync(await integrator.PostAsync($"/api/v1/integration/webhooks/deliveries/{accepted.GetProperty("id").GetGuid()}/replay", null), HttpStatusCode.Accepted);
        Assert.Equal(events[1], replayed.GetProperty("eventId").GetGuid());
        await WaitAsync(() => Task.FromResult(receiver.Of(events[1]).Count == 3), "the replay to reach the receiver");
        var again = receiver.Of(events[1])[2];
        Assert.True(again.Verified);
        Assert.Equal(200, again.Answered);
        Assert.Equal(receiver.Of(events[1])[0].Body, again.Body);
        var afterReplay = await SettledAsync(integrator, first.Id, "application.accepted");
        Assert.Equal(1, afterReplay.GetProperty("replays").GetInt32());
        Assert.Equal(3, afterReplay.GetProperty("totalAttempts").GetInt32());

        // The admin sees every client's log and replays too; the replay is audited as a configuration change.
        var adminLog = await Json.ReadAsync(await admin.GetAsync($"/api/v1/admin/webhooks/deliveries?clientId={clientId}&pageSize=200"), HttpStatusCode.OK);
        Assert.Equal(3, adminLog.GetProperty("total").GetInt32());
        await Json.ReadAsync(await admin.PostAsync($"/api/v1/admin/webhooks/deliveries/{deleted.GetProperty("id").GetGuid()}/replay", null), HttpStatusCode.Accepted);
        await WaitAsync(() => Task.FromResult(receiver.Of(events[2]).Count == 3), "the admin's replay to reach the receiver");
        Assert.Equal(events[2], receiver.Of(events[2])[2].EventId);
        var audit = await Json.ReadAsync(await admin.GetAsync("/api/v1/review/audit?action=Configure&pageSize=200"), HttpStatusCode.OK);
        Assert.Contains(
            audit.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("detail").GetString()!),
            d => d.StartsWith("新增 接口推送：POST /api/v1/admin/webhooks/deliveries/{deliveryId:guid}/replay", StringComparison.Ordinal) && d.Contains(deleted.GetProperty("id").GetGuid().ToString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/v1/admin/webhooks/deliveries")).StatusCode);
    }

    [SkippableFact]
    public void The_documented_recipe_refuses_unsigned_wrongly_signed_tampered_and_stale_deliveries()
    {
        _ = App;
        const string secret = "whsec_test-secret";
        const string body = "{\"id\":\"0192f1d4-7a00-7000-8000-000000000001\",\"type\":\"application.accepted\"}";
        var now = DateTimeOffset.FromUnixTimeSeconds(1_721_008_800);
        var timestamp = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Receiver.Sign(secret, timestamp, body);

        Assert.True(Receiver.Verify(secret, signature, timestamp, body, now));
        Assert.False(Receiver.Verify(secret, null, timestamp, body, now));
        Assert.False(Receiver.Verify(secret, string.Empty, timestamp, body, now));
        Assert.False(Receiver.Verify("whsec_another", signature, timestamp, body, now));
        Assert.False(Receiver.Verify(secret, signature, timestamp, body.Replace("accepted", "returned", StringComparison.Ordinal), now));
        Assert.False(Receiver.Verify(secret, signature, (now.ToUnixTimeSeconds() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), body, now));
        Assert.False(Receiver.Verify(secret, signature[..^1] + (signature[^1] == '0' ? '1' : '0'), timestamp, body, now));
        Assert.False(Receiver.Verify(secret, signature, timestamp, body, now.AddMinutes(6)));
        Assert.True(Receiver.Verify(secret, signature, timestamp, body, now.AddMinutes(4)));

        // The platform's signer gives the same header as the recipe.
        Assert.Equal(signature, Modules.Review.Domain.Webhooks.WebhookSignature.Sign(secret, timestamp, body));
    }

    [SkippableFact]
    public async Task A_client_sees_and_changes_only_its_own_subscriptions_and_deliveries()
    {
        await using var receiver = await Receiver.StartAsync();
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var (owner, _) = await IntegratorAsync(App, admin);
        var (other, _) = await IntegratorAsync(App, admin);
        var mine = await Json.ReadAsync(
            await owner.PostAsJsonAsync("/api/v1/integration/webhooks", new { url = receiver.Url, events = new[] { "application.accepted" } }), HttpStatusCode.Created);
        var id = mine.GetProperty("id").GetGuid();
        receiver.Secret = mine.GetProperty("secret").GetString()!;
        receiver.Now = () => App.Clock.GetUtcNow();
        receiver.FailFirst = false;
        var submitted = await scenario.SubmitAsync(school, "周小伟");
        await Json.ReadAsync(await admin.PostAsync($"/api/v1/review/applications/{submitted.Id}/acceptance", null), HttpStatusCode.OK);
        var delivery = await SettledAsync(owner, submitted.Id, "application.accepted");
        var deliveryId = delivery.GetProperty("id").GetGuid();

        Assert.DoesNotContain(await ListAsync(other, "/api/v1/integration/webhooks"), s => s.GetProperty("id").GetGuid() == id);
        var othersLog = await Json.ReadAsync(await other.GetAsync("/api/v1/integration/webhooks/deliveries?pageSize=200"), HttpStatusCode.OK);
        Assert.DoesNotContain(othersLog.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetGuid() == deliveryId);
        Assert.Equal("not-found", (await Problem.ReadAsync(await other.GetAsync($"/api/v1/integration/webhooks/{id}"), HttpStatusCode.NotFound)).Code);
        Assert.Equal("not-found", (await Problem.ReadAsync(
            await other.PutAsJsonAsync($"/api/v1/integration/webhooks/{id}", new { url = "https://evil.example.com/", events = new[] { "application.accepted" } }), HttpStatusCode.NotFound)).Code);
        Assert.Equal("not-found", (await Problem.ReadAsync(await other.DeleteAsync($"/api/v1/integration/webhooks/{id}"), HttpStatusCode.NotFound)).Code);
        Assert.Equal("not-found", (await Problem.ReadAsync(await other.GetAsync($"/api/v1/integration/webhooks/deliveries/{deliveryId}"), HttpStatusCode.NotFound)).Code);
        Assert.Equal("not-found", (await Problem.ReadAsync(await other.PostAsync($"/api/v1/integration/webhooks/deliveries/{deliveryId}/replay", null), HttpStatusCode.NotFound)).Code);
        Assert.Single(receiver.Of(delivery.GetProperty("eventId").GetGuid()));

        // Still the owner's, unchanged; the owner pauses it, and a replay to a paused subscription is refused.
        Assert.Equal(receiver.Url, (await Json.ReadAsync(await owner.GetAsync($"/api/v1/integration/webhooks/{id}"), HttpStatusCode.OK)).GetProperty("url").GetString());
        var paused = await Json.ReadAsync(
            await owner.PutAsJsonAsync($"/api/v1/integration/webhooks/{id}", new { url = receiver.Url, events = new[] { "application.accepted", "application.deleted" }, isActive = false }), HttpStatusCode.OK);
        Assert.False(paused.GetProperty("isActive").GetBoolean());
        Assert.Equal(["application.accepted", "application.deleted"], paused.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("webhook.subscription.inactive", (await Problem.ReadAsync(
            await owner.PostAsync($"/api/v1/integration/webhooks/deliveries/{deliveryId}/replay", null), HttpStatusCode.Conflict)).Code);

        // Deleted: gone from its client's list, its log stays.
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/integration/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/v1/integration/webhooks/{id}")).StatusCode);
        Assert.Equal(deliveryId, (await Json.ReadAsync(await owner.GetAsync($"/api/v1/integration/webhooks/deliveries/{deliveryId}"), HttpStatusCode.OK)).GetProperty("delivery").GetProperty("id").GetGuid());

        // Staff cookies and tokens without applications:read do not reach the integrators' routes.
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/v1/integration/webhooks")).StatusCode);
    }

    [SkippableFact]
    public async Task A_revoked_clients_deliveries_end_cancelled_without_a_post()
    {
        await using var receiver = await Receiver.StartAsync();
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var (integrator, clientId) = await IntegratorAsync(App, admin);
        await Json.ReadAsync(await integrator.PostAsJsonAsync("/api/v1/integration/webhooks", new { url = receiver.Url, events = new[] { "application.accepted" } }), HttpStatusCode.Created);
        var clients = await Json.ReadAsync(await admin.GetAsync("/api/v1/admin/clients"), HttpStatusCode.OK);
        var id = clients.EnumerateArray().Single(c => c.GetProperty("clientId").GetString() == clientId).GetProperty("id").GetGuid();
        await Json.ReadAsync(await admin.PostAsync($"/api/v1/admin/clients/{id}/revocation", null), HttpStatusCode.OK);

        var submitted = await scenario.SubmitAsync(school, "吴小飞");
        await Json.ReadAsync(await admin.PostAsync($"/api/v1/review/applications/{submitted.Id}/acceptance", null), HttpStatusCode.OK);

        var line = await SettledAsync(admin, submitted.Id, "application.accepted", $"/api/v1/admin/webhooks/deliveries?clientId={clientId}&");
        Assert.Equal("Cancelled", line.GetProperty("status").GetString());
        Assert.Equal("接口客户端已吊销", line.GetProperty("lastError").GetString());
        Assert.Empty(receiver.Posts);
        Assert.Equal(HttpStatusCode.Unauthorized, (await integrator.GetAsync("/api/v1/integration/webhooks/deliveries")).StatusCode);
    }

    [SkippableFact]
    public async Task Urls_that_are_not_absolute_http_and_unknown_events_are_refused_field_by_field()
    {
        var admin = await App.CreateAdminClientAsync();
        var (integrator, _) = await IntegratorAsync(App, admin);

        foreach (var url in new[] { "ftp://xueji.example.gov.cn/hook", "/relative/hook", "xueji.example.gov.cn/hook", "https://user:pw@xueji.example.gov.cn/hook", "javascript:alert(1)", "file:///etc/passwd", "https://" + new string('a', 500) + ".cn/" })
        {
            var refused = await Problem.ReadAsync(await integrator.PostAsJsonAsync("/api/v1/integration/webhooks", new { url, events = new[] { "application.accepted" } }), HttpStatusCode.UnprocessableEntity);
            Assert.Equal("webhook.url.invalid", refused.Code);
            Assert.Equal("url", refused.Errors.Keys.Single());
        }

        var unknown = await Problem.ReadAsync(
            await integrator.PostAsJsonAsync("/api/v1/integration/webhooks", new { url = "https://xueji.example.gov.cn/hook", events = new[] { "application.submitted" } }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("webhook.events.unknown", "events"), (unknown.Code, unknown.Errors.Keys.Single()));
        var empty = await Problem.ReadAsync(await integrator.PostAsJsonAsync("/api/v1/integration/webhooks", new { url = "", events = Array.Empty<string>() }), HttpStatusCode.BadRequest);
        Assert.Equal(["events", "url"], empty.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("status", (await Problem.ReadAsync(await integrator.GetAsync("/api/v1/integration/webhooks/deliveries?status=Lost"), HttpStatusCode.BadRequest)).Errors.Keys.Single());
        Assert.Empty(await ListAsync(integrator, "/api/v1/integration/webhooks"));
    }

    private static async Task<(HttpClient Client, string ClientId)> IntegratorAsync(EnrollmentApp app, HttpClient admin)
    {
        var created = await Json.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/clients", new { name = "学籍推送" + Guid.NewGuid().ToString("N")[..6], scopes = new[] { "applications:read" } }), HttpStatusCode.Created);
        var clientId = created.GetProperty("clientId").GetString()!;
        var token = await Json.ReadAsync(
            await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { grant_type = "client_credentials", client_id = clientId, client_secret = created.GetProperty("clientSecret").GetString(), scope = "applications:read" }),
            HttpStatusCode.OK);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        return (client, clientId);
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, string url) =>
        [.. (await Json.ReadAsync(await client.GetAsync(url), HttpStatusCode.OK)).EnumerateArray()];

    /// <summary>The client's delivery of this event for this application once it has settled (not pending nor sending).</summary>
    private static async Task<JsonElement> SettledAsync(HttpClient integrator, Guid applicationId, string eventType, string log = "/api/v1/integration/webhooks/deliveries?")
    {
        JsonElement found = default;
        await WaitAsync(
            async () =>
            {
                var page = await Json.ReadAsync(await integrator.GetAsync($"{log}applicationId={applicationId}&eventType={eventType}"), HttpStatusCode.OK);
                var line = page.GetProperty("items").EnumerateArray().SingleOrDefault();
                found = line;
                return line.ValueKind == JsonValueKind.Object && line.GetProperty("status").GetString() is "Succeeded" or "Failed" or "Cancelled";
            },
            $"the {eventType} delivery of {applicationId}");
        return found;
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"Waited 60 s for {what}.");
            await Task.Delay(200);
        }
    }

    /// <summary>One POST the receiver got, what it answered, and whether its signature verified.</summary>
    internal sealed record Post(Guid EventId, string EventType, string Body, string? Signature, bool Verified, int Answered);

    /// <summary>
    /// A webhook receiver on a free loopback port (Kestrel). Answers 500 to the first POST of each event id (when
    /// <see cref="FailFirst"/>), then 200; records every POST and checks its signature with <see cref="Verify"/>.
    /// </summary>
    internal sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<Post> _posts = new();
        private readonly ConcurrentDictionary<Guid, int> _seen = new();

        private Receiver(WebApplication app) => _app = app;

        public string Url { get; private set; } = string.Empty;

        public string Secret { get; set; } = string.Empty;

        public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

        public bool FailFirst { get; set; } = true;

        public IReadOnlyList<Post> Posts => [.. _posts];

        public List<Post> Of(Guid eventId) => [.. _posts.Where(p => p.EventId == eventId)];

        public static async Task<Receiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var receiver = new Receiver(app);
            app.MapPost("/hooks/enrollment", receiver.HandleAsync);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            receiver.Url = $"{address.TrimEnd('/')}/hooks/enrollment";
            return receiver;
        }

        /// <summary>The documented recipe: <c>v1=</c> + lower-case hex of HMAC-SHA256(UTF-8 secret, UTF-8 of timestamp + "." + body).</summary>
        public static string Sign(string secret, string timestamp, string body) =>
            "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));

        /// <summary>The documented check: a timestamp within 5 minutes of the receiver's clock and an equal signature (compared in constant time).</summary>
        public static bool Verify(string secret, string? signature, string? timestamp, string body, DateTimeOffset now)
        {
            if (string.IsNullOrEmpty(signature) || !long.TryParse(timestamp, out var seconds) || Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300)
            {
                return false;
            }

            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp!, body)), Encoding.ASCII.GetBytes(signature));
        }

        private async Task HandleAsync(HttpContext http)
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = http.Request.Headers;
            var eventId = Guid.TryParse(headers["X-Enrollment-Event-Id"], out var id) ? id : Guid.Empty;
            var signature = headers["X-Enrollment-Signature"].ToString();
            var verified = Verify(Secret, signature, headers["X-Enrollment-Timestamp"], body, Now());
            var count = _seen.AddOrUpdate(eventId, 1, (_, n) => n + 1);
            var status = !verified ? 401 : FailFirst && count == 1 ? 500 : 200;
            _posts.Enqueue(new Post(eventId, headers["X-Enrollment-Event-Type"].ToString(), body, signature, verified, status));
            http.Response.StatusCode = status;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

public sealed class WebhookTests_Sqlite(SqliteFixture fixture) : WebhookTests(fixture), IClassFixture<SqliteFixture>;

public sealed class WebhookTests_PostgreSql(PostgreSqlFixture fixture) : WebhookTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class WebhookTests_SqlServer(SqlServerFixture fixture) : WebhookTests(fixture), IClassFixture<SqlServerFixture>;
