using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Infrastructure.Persistence;
using Enrollment.Modules.Registration.Infrastructure.Persistence;
using Enrollment.Modules.Review.Infrastructure.Persistence;
using Enrollment.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Enrollment.IntegrationTests.EvidenceUploads;

namespace Enrollment.IntegrationTests;

/// <summary>
/// Issue 12 point 8 (ADR-0041) over HTTP: the retention dry run lists every application of a season closed longer than
/// the retention period and changes nothing; a cancelled report touches nothing; the executed one anonymizes exactly
/// what its dry run listed — in Registration, Evidence (pages, photos, social-insurance outcomes) and Review (return
/// snapshots and notes) — while the statistics stay the same; both are audited.
/// </summary>
public abstract class RetentionTests(AppFixture fixture)
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
    public async Task The_dry_run_lists_what_the_real_run_then_anonymizes_and_the_statistics_stay()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);

        // Returned with a note, fixed, accepted: a return snapshot with the father's mobile stays in Review.
        var fatherId = Wizard.FatherId();
        var acceptedParent = Guid.NewGuid();
        var accepted = await scenario.SubmitAsync(school, "保留甲", new Dictionary<string, Dictionary<string, object?>>
        {
            ["property"] = ReviewScenario.Property(),
            ["employment"] = ReviewScenario.Employment(fatherId),
        }, fatherId: fatherId, parentId: acceptedParent);
        var reasons = await Json.ReadAsync(await admin.GetAsync("/api/v1/admin/return-reasons"), HttpStatusCode.OK);
        var detail = await admin.GetAsync($"/api/v1/review/applications/{accepted.Id}");
        await Json.ReadAsync(
            await PersonalDataTests.PostAsync(admin, $"/api/v1/review/applications/{accepted.Id}/return", new
            {
                reasons = new[] { new { page = "guardians", field = "father.mobile", reasonId = reasons[0].GetProperty("id").GetGuid(), note = "请核对13838012345" } },
            }, detail.Headers.ETag!.Tag),
            HttpStatusCode.OK);
        await Json.ReadAsync(await accepted.Parent.PostAsync($"{accepted.Location}/submission", null), HttpStatusCode.OK);
        var again = await admin.GetAsync($"/api/v1/review/applications/{accepted.Id}");
        await Json.ReadAsync(await PersonalDataTests.PostAsync(admin, $"/api/v1/review/applications/{accepted.Id}/acceptance", null, again.Headers.ETag!.Tag), HttpStatusCode.OK);

        // Under review with a certificate photo; a draft with only the student page; a deleted one.
        var underReview = await scenario.SubmitAsync(school, "保留乙", new Dictionary<string, Dictionary<string, object?>> { ["property"] = ReviewScenario.Property() });
        await Json.ReadAsync(await UploadAsync(underReview.Parent, underReview.Location, "property", Jpeg()), HttpStatusCode.Created);
        var draftParent = App.CreateParentClient(Guid.NewGuid());
        var draft = (await draftParent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" })).Headers.Location!.OriginalString;
        await Json.ReadAsync(await draftParent.PutAsJsonAsync($"{draft}/student", new
        {
            name = "保留丙", residentId = TestIds.Primary2024(), ethnicityCode = "01", graduationSchoolId = school.School, graduationClassId = school.Class,
        }), HttpStatusCode.OK);
        var deleted = await scenario.SubmitAsync(school, "保留丁");
        Assert.Equal(HttpStatusCode.NoContent, (await deleted.Parent.DeleteAsync(deleted.Location)).StatusCode);
        var ours = new HashSet<Guid> { accepted.Id, underReview.Id, Id(draft), deleted.Id };

        var statisticsBefore = await StatisticsAsync(admin);
        var photosBefore = await PhotoKeysAsync(underReview.Id);
        Assert.NotEmpty(photosBefore);

        // Before the season has closed for the retention period, a dry run lists none of them.
        var early = await Json.ReadAsync(await admin.PostAsync("/api/v1/admin/retention/reports", null), HttpStatusCode.Created);
        Assert.Empty((await ListedAsync(admin, early.GetProperty("id").GetGuid())).Intersect(ours));

        // 365 days (the default) after the season closed.
        var season = await Json.ReadAsync(await admin.GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK);
        var closesAt = season.GetProperty("closesAt").GetDateTimeOffset();
        App.Clock.Advance(closesAt.AddDays(365).AddMinutes(1) - App.Clock.GetUtcNow());
        admin = await App.CreateAdminClientAsync();
        var parent = App.CreateParentClient(acceptedParent); // a year on: a new sign-in

        // A dry run that is cancelled changes nothing, and the next dry run lists the same again.
        var cancelled = await Json.ReadAsync(await admin.PostAsync("/api/v1/admin/retention/reports", null), HttpStatusCode.Created);
        var cancelledId = cancelled.GetProperty("id").GetGuid();
        Assert.Superset(ours, (await ListedAsync(admin, cancelledId)).ToHashSet());
        await Json.ReadAsync(await admin.PostAsync($"/api/v1/admin/retention/reports/{cancelledId}/cancellation", null), HttpStatusCode.OK);
        var refused = await Problem.ReadAsync(await admin.PostAsync($"/api/v1/admin/retention/reports/{cancelledId}/execution", null), HttpStatusCode.Conflict);
        Assert.Equal("retention.report.not-planned", refused.Code);
        Assert.Contains("保留甲", await parent.GetStringAsync(accepted.Location), StringComparison.Ordinal);

        var plan = await Json.ReadAsync(await admin.PostAsync("/api/v1/admin/retention/reports", null), HttpStatusCode.Created);
        var reportId = plan.GetProperty("id").GetGuid();
        Assert.Equal("Planned", plan.GetProperty("status").GetString());
        var listed = (await ListedAsync(admin, reportId)).ToHashSet();
        Assert.Superset(ours, listed);
        Assert.Equal(listed.Count, plan.GetProperty("listed").GetInt32());
        var bySeason = plan.GetProperty("seasons").EnumerateArray().Single();
        Assert.Equal(listed.Count, bySeason.GetProperty("applications").GetInt32());
        Assert.True(bySeason.GetProperty("byStatus").GetProperty("Accepted").GetInt32() >= 1);

        // Nothing changed by the dry run.
        Assert.Empty(await AnonymizedAsync());
        Assert.Contains("保留甲", await parent.GetStringAsync(accepted.Location), StringComparison.Ordinal);
        Assert.Equal([accepted.Id], (await ReviewQueueNameSearchTests.SearchAsync(admin, school, "保留甲")).Ids);

        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/v1/admin/retention/reports/{reportId}/execution", null)).StatusCode);
        var executed = await UntilAsync(async () =>
        {
            var report = await Json.ReadAsync(await admin.GetAsync($"/api/v1/admin/retention/reports/{reportId}"), HttpStatusCode.OK);
            return report.GetProperty("status").GetString() == "Executed" ? report : (JsonElement?)null;
        });
        Assert.Equal(listed.Count, executed.GetProperty("anonymized").GetInt32());

        // Exactly what the dry run listed, no more, no less.
        Assert.Equal(listed.OrderBy(id => id), (await AnonymizedAsync()).OrderBy(id => id));
        var items = await Json.ReadAsync(await admin.GetAsync($"/api/v1/admin/retention/reports/{reportId}/applications?pageSize=1000"), HttpStatusCode.OK);
        Assert.All(items.GetProperty("items").EnumerateArray(), item => Assert.True(item.GetProperty("anonymized").GetBoolean()));

        // Registration keeps no personal data, and neither the parent nor a reviewer finds the application any more.
        using (var scope = App.Services.CreateScope())
        {
            var registration = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
            var rows = await registration.Applications.AsNoTracking().Where(a => ours.Contains((Guid)(object)a.Id)).ToListAsync();
            Assert.All(rows, a =>
            {
                Assert.Null(a.Student);
                Assert.Null(a.Father);
                Assert.Null(a.Mother);
                Assert.Null(a.Household);
                Assert.Null(a.StudentLookupKey);
                Assert.Equal(Guid.Empty, a.ParentAccountId);
            });
            Assert.Equal(school.School, rows.Single(a => a.Id.Value == accepted.Id).RetainedGraduationSchoolId);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await parent.GetAsync(accepted.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/review/applications/{accepted.Id}")).StatusCode);
        var search = await Json.ReadAsync(await admin.GetAsync($"/api/v1/review/applications?q={accepted.StudentId}"), HttpStatusCode.OK);
        Assert.Empty(ReviewScenario.Ids(search));
        // Nor by the old name (ADR-0049): the name's grams went with it.
        Assert.Equal(0, (await ReviewQueueNameSearchTests.SearchAsync(admin, school, "保留甲")).Total);
        Assert.Equal(0, (await ReviewQueueNameSearchTests.SearchAsync(admin, school, "保留")).Total);
        using (var scope = App.Services.CreateScope())
        {
            var registration = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
            Assert.False(await registration.NameGrams.AnyAsync(g => ours.Contains((Guid)(object)g.ApplicationId)));
        }

        // Evidence and Review remove theirs from the batch's event (through the outbox).
        await UntilAsync(async () =>
        {
            using var scope = App.Services.CreateScope();
            var evidence = scope.ServiceProvider.GetRequiredService<EvidenceDbContext>();
            var pages = await evidence.Evidences.AsNoTracking().Where(e => ours.Contains(e.Id)).ToListAsync();
            return pages.All(e => e.Attachments.Count == 0 && e.Pages.All(p => p.Details is null)) ? (bool?)true : null;
        });
        using (var scope = App.Services.CreateScope())
        {
            var evidence = scope.ServiceProvider.GetRequiredService<EvidenceDbContext>();
            Assert.False(await evidence.SocialInsuranceOutcomes.AnyAsync(o => ours.Contains(o.ApplicationId)));
            var files = scope.ServiceProvider.GetRequiredService<IEvidenceFileStore>();
            foreach (var key in photosBefore)
            {
                Assert.Null(await files.ReadAsync(key, CancellationToken.None));
            }
        }

        await UntilAsync(async () =>
        {
            using var scope = App.Services.CreateScope();
            var review = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            var returns = await review.ReturnDecisions.AsNoTracking().Where(d => d.ApplicationId == accepted.Id).ToListAsync();
            return returns.Count == 1 && returns[0].Snapshot.Count == 0 && returns[0].Reasons.All(r => r.Note is null) ? (bool?)true : null;
        });

        // The dashboard counts what it counted before, saved evidence pages included.
        Assert.Equal(statisticsBefore, await StatisticsAsync(admin));

        // Audited: the dry runs and the run (Retention), and every admin write on the way (Configure).
        List<string> lines = [];
        await UntilAsync(async () =>
        {
            var page = await Json.ReadAsync(await admin.GetAsync("/api/v1/review/audit?action=Retention&pageSize=200"), HttpStatusCode.OK);
            lines = [.. page.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("detail").GetString()!)];
            return lines.Any(l => l.Contains($"数据保留执行 {reportId}", StringComparison.Ordinal)) ? (bool?)true : null;
        });
        Assert.Contains(lines, l => l.Contains($"数据保留预演 {reportId}：列出 {listed.Count} 条", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains($"数据保留执行 {reportId}：列出 {listed.Count} 条，已匿名化 {listed.Count} 条", StringComparison.Ordinal));
        var configure = await Json.ReadAsync(await admin.GetAsync("/api/v1/review/audit?action=Configure&pageSize=200"), HttpStatusCode.OK);
        Assert.Contains(configure.GetProperty("items").EnumerateArray(), l => l.GetProperty("detail").GetString()!.StartsWith($"新增 数据保留：POST /api/v1/admin/retention/reports/{{id:guid}}/execution（id={reportId}", StringComparison.Ordinal));

        // The changes feed shows the accepted application as a tombstone: an integrator drops its copy too.
        var integrator = await scenario.IntegratorAsync(admin, ["applications:read", "applications:read:pii"], "applications:read applications:read:pii");
        var feed = new Dictionary<Guid, JsonElement>();
        string? cursor = null;
        for (var more = true; more;)
        {
            var page = await Json.ReadAsync(await integrator.GetAsync("/api/v1/integration/applications?limit=100" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}")), HttpStatusCode.OK);
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                feed[item.GetProperty("id").GetGuid()] = item.Clone();
            }

            cursor = page.GetProperty("nextCursor").GetString();
            more = page.GetProperty("hasMore").GetBoolean();
        }

        Assert.True(feed[accepted.Id].GetProperty("deleted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, feed[accepted.Id].GetProperty("application").ValueKind);
        Assert.True(feed[underReview.Id].GetProperty("deleted").GetBoolean());

        // Nothing is left to list, and a report is carried out once.
        var after = await Json.ReadAsync(await admin.PostAsync("/api/v1/admin/retention/reports", null), HttpStatusCode.Created);
        Assert.Equal(0, after.GetProperty("listed").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/admin/retention/reports/{reportId}/execution", null)).StatusCode);
    }

    private static Guid Id(string location) => Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);

    private static async Task<List<Guid>> ListedAsync(HttpClient admin, Guid reportId)
    {
        var page = await Json.ReadAsync(await admin.GetAsync($"/api/v1/admin/retention/reports/{reportId}/applications?pageSize=1000"), HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("applicationId").GetGuid())];
    }

    private async Task<List<Guid>> AnonymizedAsync()
    {
        using var scope = App.Services.CreateScope();
        var registration = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
        return [.. (await registration.Applications.AsNoTracking().Where(a => a.AnonymizedAt != null).Select(a => a.Id).ToListAsync()).Select(id => id.Value)];
    }

    private async Task<List<string>> PhotoKeysAsync(Guid applicationId)
    {
        using var scope = App.Services.CreateScope();
        var evidence = scope.ServiceProvider.GetRequiredService<EvidenceDbContext>();
        var row = await evidence.Evidences.AsNoTracking().SingleAsync(e => e.Id == applicationId);
        return [.. row.Attachments.SelectMany(a => new[] { a.FileKey, a.ThumbnailKey })];
    }

    private static async Task<string> StatisticsAsync(HttpClient admin) =>
        (await Json.ReadAsync(await admin.GetAsync("/api/v1/review/statistics"), HttpStatusCode.OK)).GetRawText();

    private static async Task<T> UntilAsync<T>(Func<Task<T?>> attempt)
        where T : struct
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (await attempt() is { } done)
            {
                return done;
            }

            Assert.True(DateTime.UtcNow < deadline, "Not done within 60 s.");
            await Task.Delay(200);
        }
    }
}

public sealed class RetentionTests_Sqlite(SqliteFixture fixture) : RetentionTests(fixture), IClassFixture<SqliteFixture>;

public sealed class RetentionTests_PostgreSql(PostgreSqlFixture fixture) : RetentionTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class RetentionTests_SqlServer(SqlServerFixture fixture) : RetentionTests(fixture), IClassFixture<SqlServerFixture>;
