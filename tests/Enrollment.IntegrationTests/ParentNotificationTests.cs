using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Enrollment.Modules.Identity.Contracts.Messaging;
using Enrollment.Modules.Identity.Infrastructure.Persistence;
using Enrollment.Modules.Review.Application.Notifications;
using Enrollment.Modules.Review.Application.Notifications.QueueDraftReminders;
using Enrollment.Modules.Review.Application.Notifications.SendNotification;
using Enrollment.Modules.Review.Domain.Notifications;
using Enrollment.Modules.Review.Infrastructure.Notifications;
using Enrollment.Testing;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The parents' notifications (issue 10 point 9) over HTTP: a return and an acceptance each send exactly one WeChat
/// message even when the first send fails; a WeChat refusal falls back to exactly one SMS; a send retried after its
/// message went out, or raced by another instance, sends nothing more; a draft is reminded once before its season
/// closes; the log for DistrictAdmin and Auditor. Background jobs are awaited by polling, with a bounded wait.
/// </summary>
public abstract class ParentNotificationTests(AppFixture fixture)
{
    private const string ReturnedTemplate = "SIM_TMPL_APPLICATION_RETURNED";
    private const string AcceptedTemplate = "SIM_TMPL_APPLICATION_ACCEPTED";
    private const string ReminderTemplate = "SIM_TMPL_DRAFT_REMINDER";

    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    [SkippableFact]
    public async Task After_a_failed_first_WeChat_send_each_status_change_sends_exactly_one_message()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var parentId = Guid.NewGuid();
        var openId = EnrollmentApp.OpenIdFor(parentId);
        var submitted = await scenario.SubmitAsync(school, "张小明", parentId: parentId);
        var reviewer = await scenario.StaffAsync(admin, "SchoolReviewer", school.School);
        var reason = (await Json.ReadAsync(await admin.GetAsync("/api/v1/admin/return-reasons"), HttpStatusCode.OK))[0].GetProperty("id").GetGuid();

        // The first send meets WeChat's 系统繁忙 (errcode -1): the job fails and Hangfire retries it after its back-off.
        await FaultAsync(App, new { failNextSends = 1 });
        await Json.ReadAsync(
            await reviewer.PostAsJsonAsync($"/api/v1/review/applications/{submitted.Id}/return", new { reasons = new[] { new { page = "student", field = "name", reasonId = reason, note = "与户口簿不一致" } } }),
            HttpStatusCode.OK);
        var returned = await SettledAsync(admin, submitted.Id, "Returned");
        Assert.Equal("Sent", returned.GetProperty("status").GetString());
        Assert.Equal("WeChat", returned.GetProperty("channel").GetString());
        Assert.Equal(2, returned.GetProperty("attempts").GetInt32());
        Assert.Equal(1, await MessagesAsync(App, openId, ReturnedTemplate));

        // The parent fixes it; the acceptance's first send fails too.
        await Json.ReadAsync(await submitted.Parent.PostAsync($"{submitted.Location}/submission", null), HttpStatusCode.OK);
        await FaultAsync(App, new { failNextSends = 1 });
        await Json.ReadAsync(await reviewer.PostAsync($"/api/v1/review/applications/{submitted.Id}/acceptance", null), HttpStatusCode.OK);
        var accepted = await SettledAsync(admin, submitted.Id, "Accepted");
        Assert.Equal("Sent", accepted.GetProperty("status").GetString());
        Assert.Equal(2, accepted.GetProperty("attempts").GetInt32());

        // Exactly one message per status change, with the student's name and the new status.
        Assert.Equal(1, await MessagesAsync(App, openId, ReturnedTemplate));
        Assert.Equal(1, await MessagesAsync(App, openId, AcceptedTemplate));
        var message = (await MessagesToAsync(App, openId)).Single(m => m.GetProperty("templateId").GetString() == AcceptedTemplate);
        Assert.Equal("张小明", message.GetProperty("body").GetProperty("data").GetProperty("keyword1").GetProperty("value").GetString());
        Assert.Contains("已提交", message.GetProperty("body").GetProperty("data").GetProperty("keyword2").GetProperty("value").GetString(), StringComparison.Ordinal);
        var log = await LogAsync(admin, submitted.Id);
        Assert.Equal(2, log.Count);
        Assert.All(log, l => Assert.Equal(submitted.Id, l.GetProperty("applicationId").GetGuid()));

        // The log is for DistrictAdmin and Auditor; a school reviewer gets 403.
        var auditor = await scenario.StaffAsync(admin, "Auditor");
        Assert.Equal(2, (await LogAsync(auditor, submitted.Id)).Count);
        Assert.Equal("auth.forbidden", (await Problem.ReadAsync(await reviewer.GetAsync("/api/v1/review/notifications"), HttpStatusCode.Forbidden)).Code);
        Assert.Equal("status", (await Problem.ReadAsync(await admin.GetAsync("/api/v1/review/notifications?status=Lost"), HttpStatusCode.BadRequest)).Errors.Keys.Single());
    }

    [SkippableFact]
    public async Task A_refused_WeChat_send_falls_back_to_exactly_one_sms_to_the_bound_phone()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var parentId = Guid.NewGuid();
        var openId = EnrollmentApp.OpenIdFor(parentId);
        var submitted = await scenario.SubmitAsync(school, "李小红", parentId: parentId);
        var phone = await BindPhoneAsync(submitted.Parent);
        var reviewer = await scenario.StaffAsync(admin, "SchoolReviewer", school.School);

        // 43004: the parent does not follow the official account (any more).
        await FaultAsync(App, new { refuseOpenId = openId, errcode = 43004 });
        await Json.ReadAsync(await reviewer.PostAsync($"/api/v1/review/applications/{submitted.Id}/acceptance", null), HttpStatusCode.OK);
        var line = await SettledAsync(admin, submitted.Id, "Accepted");

        Assert.Equal("Sent", line.GetProperty("status").GetString());
        Assert.Equal("Sms", line.GetProperty("channel").GetString());
        Assert.Equal($"{phone[..3]}****{phone[7..]}", line.GetProperty("recipient").GetString());
        Assert.StartsWith("43004", line.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, line.GetProperty("attempts").GetInt32());
        var texts = await SmsAsync(App, phone);
        var text = Assert.Single(texts, t => t.Contains("审核通过", StringComparison.Ordinal));
        Assert.Contains("李小红", text, StringComparison.Ordinal);
        Assert.Empty(await MessagesToAsync(App, openId));
    }

    [SkippableFact]
    public async Task A_send_retried_after_its_message_went_out_sends_nothing_more()
    {
        _ = App;
        var work = Path.Combine(Path.GetTempPath(), $"enrollment-notify-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        var (connectionString, _) = await fixture.CreateDatabaseAsync(work);
        var failOnce = new FailOnceAfterSending();
        await using var app = fixture.StartApp(connectionString!, new Dictionary<string, string?>
        {
            ["Jobs:SqlitePath"] = Path.Combine(work, "jobs.db"),
            ["Evidence:Files:Root"] = Path.Combine(work, "files"),
        });
        app.TestServices = services => services.AddSingleton<IParentNotificationListener>(failOnce);
        var scenario = new ReviewScenario(app);
        var admin = await app.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var parentId = Guid.NewGuid();
        var submitted = await scenario.SubmitAsync(school, "王小刚", parentId: parentId);

        await Json.ReadAsync(await admin.PostAsync($"/api/v1/review/applications/{submitted.Id}/acceptance", null), HttpStatusCode.OK);
        await WaitAsync(() => Task.FromResult(failOnce.Calls >= 2), "the job that failed after sending to be retried");

        var line = await SettledAsync(admin, submitted.Id, "Accepted");
        Assert.Equal("Sent", line.GetProperty("status").GetString());
        Assert.Equal(1, line.GetProperty("attempts").GetInt32());
        Assert.Equal(1, await MessagesAsync(app, EnrollmentApp.OpenIdFor(parentId), AcceptedTemplate));
        Assert.Equal(new[] { SendOutcome.Sent, SendOutcome.AlreadyDone }, failOnce.Outcomes);
    }

    [SkippableFact]
    public async Task A_notification_to_an_account_that_no_longer_exists_settles_at_once_and_is_not_retried()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var parentId = Guid.NewGuid();
        var submitted = await scenario.SubmitAsync(school, "赵小雨", parentId: parentId);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().ParentAccounts.Where(a => a.OpenId == EnrollmentApp.OpenIdFor(parentId)).ExecuteDeleteAsync());
        }

        await Json.ReadAsync(await admin.PostAsync($"/api/v1/review/applications/{submitted.Id}/acceptance", null), HttpStatusCode.OK);
        var line = await SettledAsync(admin, submitted.Id, "Accepted");

        // Nobody to reach is an answer, as "no phone bound" is: one attempt, no failed job left to retry for half an hour.
        Assert.Equal("Sent", line.GetProperty("status").GetString());
        Assert.Equal("None", line.GetProperty("channel").GetString());
        Assert.Equal(ParentMessageDelivery.NoAccount, line.GetProperty("lastError").GetString());
        Assert.Equal(1, line.GetProperty("attempts").GetInt32());
        Assert.Empty(await MessagesToAsync(App, EnrollmentApp.OpenIdFor(parentId)));
    }

    [SkippableFact]
    public async Task Two_instances_sending_one_notification_at_once_send_one_message()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var parentId = Guid.NewGuid();
        var submitted = await scenario.SubmitAsync(school, "赵小燕", parentId: parentId);

        // A notification as the event handler makes it, but no job queued: the two instances' sends race for it.
        var notification = ParentNotification.Create(NotificationKind.Accepted, Guid.NewGuid(), submitted.Id, App.Clock.GetUtcNow());
        await using (var scope = App.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IParentNotificationRepository>().TryAddAsync(notification, CancellationToken.None));
            Assert.False(await scope.ServiceProvider.GetRequiredService<IParentNotificationRepository>().TryAddAsync(
                ParentNotification.Create(NotificationKind.Accepted, notification.SourceId, submitted.Id, App.Clock.GetUtcNow()), CancellationToken.None));
        }

        await using var second = fixture.StartApp(App.ConnectionString, new Dictionary<string, string?> { ["Jobs:ServerEnabled"] = "false", ["Outbox:Enabled"] = "false" });
        second.WeChatOf = App;
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => SendAsync(i % 2 == 0 ? App : second, notification.Id)));

        Assert.Single(outcomes, o => o == "Sent");
        Assert.All(outcomes.Where(o => o != "Sent"), o => Assert.Contains(o, new[] { "AlreadyDone", "Busy" }));
        Assert.Equal(1, await MessagesAsync(App, EnrollmentApp.OpenIdFor(parentId), AcceptedTemplate));
        var line = Assert.Single(await LogAsync(admin, submitted.Id), l => l.GetProperty("sourceId").GetGuid() == notification.SourceId);
        Assert.Equal(1, line.GetProperty("attempts").GetInt32());
    }

    [SkippableFact]
    public async Task A_draft_is_reminded_once_when_its_season_closes_within_the_reminder_days()
    {
        var admin = await App.CreateAdminClientAsync();
        var season = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK);
        var seasonUrl = $"/api/v1/admin/seasons/{season.GetProperty("id").GetGuid()}";
        var body = JsonNode.Parse((await Json.ReadAsync(await admin.GetAsync(seasonUrl), HttpStatusCode.OK)).GetRawText())!.AsObject();

        body["draftReminderDaysBeforeClose"] = 0;
        Assert.Equal("draftReminderDaysBeforeClose", (await Problem.ReadAsync(await admin.PutAsJsonAsync(seasonUrl, body), HttpStatusCode.BadRequest)).Errors.Keys.Single());

        // The pinned clock is 15 July, the season closes 31 August: 47 days, so 30 days is not due yet, 60 is.
        var parentId = Guid.NewGuid();
        var draft = await DraftAsync(App, parentId, "孙小伟");
        var submittedParent = Guid.NewGuid();
        var scenario = new ReviewScenario(App);
        var submitted = await scenario.SubmitAsync(await scenario.CreateSchoolAsync(admin), "周小丽", parentId: submittedParent);
        body["draftReminderDaysBeforeClose"] = 30;
        Assert.Equal(30, (await Json.ReadAsync(await admin.PutAsJsonAsync(seasonUrl, body), HttpStatusCode.OK)).GetProperty("draftReminderDaysBeforeClose").GetInt32());
        await QueueRemindersAsync(App);
        Assert.Empty(await LogAsync(admin, draft));

        body["draftReminderDaysBeforeClose"] = 60;
        await Json.ReadAsync(await admin.PutAsJsonAsync(seasonUrl, body), HttpStatusCode.OK);
        try
        {
            await QueueRemindersAsync(App);
            await QueueRemindersAsync(App);
            var line = await SettledAsync(admin, draft, "DraftReminder");
            Assert.Equal("Sent", line.GetProperty("status").GetString());
            Assert.Equal(draft, line.GetProperty("sourceId").GetGuid());
            await QueueRemindersAsync(App);

            Assert.Single(await LogAsync(admin, draft));
            Assert.Equal(1, await MessagesAsync(App, EnrollmentApp.OpenIdFor(parentId), ReminderTemplate));
            var message = (await MessagesToAsync(App, EnrollmentApp.OpenIdFor(parentId))).Single();
            Assert.Contains("8月31日", message.GetProperty("body").GetProperty("data").GetProperty("remark").GetProperty("value").GetString(), StringComparison.Ordinal);
            Assert.Empty(await LogAsync(admin, submitted.Id));
            Assert.Equal(0, await MessagesAsync(App, EnrollmentApp.OpenIdFor(submittedParent), ReminderTemplate));
        }
        finally
        {
            body["draftReminderDaysBeforeClose"] = null;
            await Json.ReadAsync(await admin.PutAsJsonAsync(seasonUrl, body), HttpStatusCode.OK);
        }
    }

    private static async Task<string> SendAsync(EnrollmentApp app, Guid notificationId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            return (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SendParentNotificationCommand(notificationId))).ToString();
        }
        catch (NotificationBusyException)
        {
            return "Busy";
        }
    }

    private static async Task QueueRemindersAsync(EnrollmentApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new QueueDraftRemindersCommand());
    }

    private static async Task<Guid> DraftAsync(EnrollmentApp app, Guid parentId, string name)
    {
        var parent = app.CreateParentClient(parentId);
        var started = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(app, name, TestIds.Primary2024())), HttpStatusCode.OK);
        return Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
    }

    private static async Task<string> BindPhoneAsync(HttpClient parent)
    {
        var phone = "137" + Random.Shared.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        await Json.ReadAsync(await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
        var text = (await SmsAsync(fixtureless: parent, phone)).First();
        var code = System.Text.RegularExpressions.Regex.Match(text, "验证码是([0-9]{6})").Groups[1].Value;
        await Json.ReadAsync(await parent.PutAsJsonAsync("/api/v1/me/phone", new { phone, code }), HttpStatusCode.OK);
        return phone;
    }

    private static async Task FaultAsync(EnrollmentApp app, object fault) =>
        Assert.Equal(HttpStatusCode.NoContent, (await app.CreateClient().PostAsJsonAsync("/_wechat-sim/inspect/faults", fault)).StatusCode);

    private static async Task<List<JsonElement>> MessagesToAsync(EnrollmentApp app, string openId)
    {
        var inspect = await Json.ReadAsync(await app.CreateClient().GetAsync("/_wechat-sim/inspect"), HttpStatusCode.OK);
        return [.. inspect.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("toUser").GetString() == openId)];
    }

    private static async Task<int> MessagesAsync(EnrollmentApp app, string openId, string templateId) =>
        (await MessagesToAsync(app, openId)).Count(m => m.GetProperty("templateId").GetString() == templateId);

    private static Task<List<string>> SmsAsync(EnrollmentApp app, string phone) => SmsAsync(app.CreateClient(), phone);

    private static async Task<List<string>> SmsAsync(HttpClient fixtureless, string phone)
    {
        var inbox = await Json.ReadAsync(await fixtureless.GetAsync($"/_wechat-sim/inspect/sms?phone={phone}"), HttpStatusCode.OK);
        return [.. inbox.EnumerateArray().Select(s => s.GetProperty("text").GetString()!)];
    }

    private static async Task<List<JsonElement>> LogAsync(HttpClient staff, Guid applicationId)
    {
        var page = await Json.ReadAsync(await staff.GetAsync($"/api/v1/review/notifications?applicationId={applicationId}&pageSize=200"), HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    /// <summary>The application's notification of this kind once its job has settled (sent, skipped or failed).</summary>
    private static async Task<JsonElement> SettledAsync(HttpClient admin, Guid applicationId, string kind)
    {
        JsonElement found = default;
        await WaitAsync(
            async () =>
            {
                var line = (await LogAsync(admin, applicationId)).SingleOrDefault(l => l.GetProperty("kind").GetString() == kind);
                found = line;
                return line.ValueKind == JsonValueKind.Object && line.GetProperty("status").GetString() is "Sent" or "Skipped" or "Failed";
            },
            $"the {kind} notification of {applicationId}");
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

    /// <summary>Throws after the first attempt, once its message went out, as a crash before Hangfire records the success would.</summary>
    private sealed class FailOnceAfterSending : IParentNotificationListener
    {
        private readonly List<SendOutcome> _outcomes = [];
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public IReadOnlyList<SendOutcome> Outcomes
        {
            get
            {
                lock (_outcomes)
                {
                    return [.. _outcomes];
                }
            }
        }

        public Task AttemptedAsync(Guid notificationId, SendOutcome outcome, CancellationToken cancellationToken)
        {
            lock (_outcomes)
            {
                _outcomes.Add(outcome);
            }

            return Interlocked.Increment(ref _calls) == 1
                ? throw new InvalidOperationException("Injected fault after the message was sent.")
                : Task.CompletedTask;
        }
    }
}

public sealed class ParentNotificationTests_Sqlite(SqliteFixture fixture) : ParentNotificationTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ParentNotificationTests_PostgreSql(PostgreSqlFixture fixture) : ParentNotificationTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class ParentNotificationTests_SqlServer(SqlServerFixture fixture) : ParentNotificationTests(fixture), IClassFixture<SqlServerFixture>;
