using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enrollment.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The reviewers' decisions over HTTP: field-level return → the parent's fields → resubmission → what
/// changed → acceptance → locked; scopes (404) and the auditor (403); concurrent decisions; reveal; bulk
/// acceptance; the audit trail of each.
/// </summary>
public abstract class ReviewDecisionTests(AppFixture fixture)
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
    public async Task Return_with_two_field_reasons_then_resubmission_shows_the_changed_field_then_acceptance_locks_it()
    {
        var admin = await App.CreateAdminClientAsync();
        var school = await CreateSchoolAsync(admin);
        var submitted = await SubmitAsync(school, "张小明");
        var (reviewer, reviewerName) = await StaffAsync(admin, "SchoolReviewer", school.School);
        var reason = await FirstReasonAsync(reviewer);

        var detail = await reviewer.GetAsync($"/api/v1/review/applications/{submitted.Id}");
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        var etag = detail.Headers.ETag!.Tag;
        var returned = await Json.ReadAsync(
            await PostAsync(reviewer, $"/api/v1/review/applications/{submitted.Id}/return", new
            {
                reasons = new object[]
                {
                    new { page = "household", field = "community", reasonId = reason.Id, note = "应为户口簿上的小区名" },
                    new { page = "guardians", field = "father.mobile", reasonId = reason.Id, note = (string?)null },
                },
            }, etag),
            HttpStatusCode.OK);
        Assert.Equal("Returned", returned.GetProperty("status").GetString());

        // The parent reads both reasons on their fields.
        var mine = await Json.ReadAsync(await submitted.Parent.GetAsync($"/api/v1/applications/{submitted.Id}"), HttpStatusCode.OK);
        Assert.Equal("Returned", mine.GetProperty("status").GetString());
        var fields = mine.GetProperty("returnedFields").EnumerateArray()
            .Select(f => (f.GetProperty("page").GetString(), f.GetProperty("field").GetString(), f.GetProperty("reason").GetString(), f.GetProperty("note").GetString()))
            .ToList();
        Assert.Equal(2, fields.Count);
        Assert.Contains(("household", "community", reason.Text, "应为户口簿上的小区名"), fields);
        Assert.Contains(("guardians", "father.mobile", reason.Text, null), fields);
        Assert.Equal(2, mine.GetProperty("returnReasons").GetArrayLength());

        // The parent fixes one of them and resubmits.
        var household = Wizard.Household("张伟", submitted.FatherId);
        household["community"] = "嵩阳花园";
        await Json.ReadAsync(await submitted.Parent.PutAsJsonAsync($"/api/v1/applications/{submitted.Id}/household", household), HttpStatusCode.OK);
        await Json.ReadAsync(await submitted.Parent.PostAsync($"/api/v1/applications/{submitted.Id}/submission", null), HttpStatusCode.OK);
        var resubmitted = await Json.ReadAsync(await submitted.Parent.GetAsync($"/api/v1/applications/{submitted.Id}"), HttpStatusCode.OK);
        Assert.Empty(resubmitted.GetProperty("returnedFields").EnumerateArray());

        // The reviewer sees exactly that field, old → new.
        var afterResubmission = await reviewer.GetAsync($"/api/v1/review/applications/{submitted.Id}");
        var view = await Json.ReadAsync(afterResubmission, HttpStatusCode.OK);
        Assert.Equal("UnderReview", view.GetProperty("status").GetString());
        var change = Assert.Single(view.GetProperty("changesSinceReturn").EnumerateArray());
        Assert.Equal("household", change.GetProperty("page").GetString());
        Assert.Equal("community", change.GetProperty("field").GetString());
        Assert.Equal("秀丽王府花园", change.GetProperty("old").GetString());
        Assert.Equal("嵩阳花园", change.GetProperty("new").GetString());
        Assert.Equal(2, view.GetProperty("returnedFields").GetArrayLength());

        // Acceptance locks it for the parent.
        var accepted = await Json.ReadAsync(
            await PostAsync(reviewer, $"/api/v1/review/applications/{submitted.Id}/acceptance", null, afterResubmission.Headers.ETag!.Tag),
            HttpStatusCode.OK);
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        Assert.Equal("已提交", accepted.GetProperty("statusText").GetString());
        var edit = await Problem.ReadAsync(
            await submitted.Parent.PutAsJsonAsync($"/api/v1/applications/{submitted.Id}/household", Wizard.Household("张伟", submitted.FatherId)), HttpStatusCode.Conflict);
        Assert.Equal("application.locked", edit.Code);
        Assert.Equal("application.locked", (await Problem.ReadAsync(await submitted.Parent.DeleteAsync($"/api/v1/applications/{submitted.Id}"), HttpStatusCode.Conflict)).Code);

        // One audit line per action, with the reviewer.
        var audit = await AuditAsync(admin, submitted.Id);
        Assert.Equal(["View", "Return", "View", "Accept"], audit.Select(a => a.Action).Reverse().ToList());
        Assert.All(audit, a => Assert.Equal(reviewerName, a.StaffName));
        Assert.All(audit, a => Assert.Equal("SchoolReviewer", a.Role));
        Assert.Contains("应为户口簿上的小区名", audit.Single(a => a.Action == "Return").Detail, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_reviewer_of_another_school_gets_404_for_every_act_and_an_auditor_reads_but_cannot_decide()
    {
        var admin = await App.CreateAdminClientAsync();
        var school = await CreateSchoolAsync(admin);
        var otherSchool = await CreateSchoolAsync(admin);
        var submitted = await SubmitAsync(school, "张小明");
        var (outsider, _) = await StaffAsync(admin, "SchoolReviewer", otherSchool.School);
        var (auditor, _) = await StaffAsync(admin, "Auditor");
        var reason = await FirstReasonAsync(admin);
        var url = $"/api/v1/review/applications/{submitted.Id}";
        var returnBody = new { reasons = new[] { new { page = "student", field = "name", reasonId = reason.Id, note = "x" } } };

        var queue = await Json.ReadAsync(await outsider.GetAsync("/api/v1/review/applications?pageSize=100"), HttpStatusCode.OK);
        Assert.DoesNotContain(submitted.Id, queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal("not-found", (await Problem.ReadAsync(await outsider.GetAsync(url), HttpStatusCode.NotFound)).Code);
        Assert.Equal("not-found", (await Problem.ReadAsync(await PostAsync(outsider, url + "/reveal", new { reason = "核实户籍信息" }), HttpStatusCode.NotFound)).Code);
        Assert.Equal("not-found", (await Problem.ReadAsync(await PostAsync(outsider, url + "/return", returnBody), HttpStatusCode.NotFound)).Code);
        Assert.Equal("not-found", (await Problem.ReadAsync(await PostAsync(outsider, url + "/acceptance", null), HttpStatusCode.NotFound)).Code);

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(url)).StatusCode);
        Assert.Equal("auth.forbidden", (await Problem.ReadAsync(await PostAsync(auditor, url + "/return", returnBody), HttpStatusCode.Forbidden)).Code);
        Assert.Equal("auth.forbidden", (await Problem.ReadAsync(await PostAsync(auditor, url + "/acceptance", null), HttpStatusCode.Forbidden)).Code);
        Assert.Equal("auth.forbidden", (await Problem.ReadAsync(await PostAsync(auditor, "/api/v1/review/applications/bulk-acceptance", new { applicationIds = new[] { submitted.Id } }), HttpStatusCode.Forbidden)).Code);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/v1/review/audit?applicationId={submitted.Id}")).StatusCode);
        Assert.Equal("auth.forbidden", (await Problem.ReadAsync(await outsider.GetAsync("/api/v1/review/audit"), HttpStatusCode.Forbidden)).Code);

        var still = await Json.ReadAsync(await admin.GetAsync(url), HttpStatusCode.OK);
        Assert.Equal("UnderReview", still.GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task Two_acceptances_at_once_make_one_decision_and_refuse_the_other()
    {
        var admin = await App.CreateAdminClientAsync();
        var school = await CreateSchoolAsync(admin);
        var submitted = await SubmitAsync(school, "张小明");
        var (first, _) = await StaffAsync(admin, "SchoolReviewer", school.School);
        var (second, _) = await StaffAsync(admin, "SchoolReviewer", school.School);
        var url = $"/api/v1/review/applications/{submitted.Id}/acceptance";

        var answers = await Task.WhenAll(PostAsync(first, url, null), PostAsync(second, url, null));

        var statuses = answers.Select(a => a.StatusCode).OrderBy(s => s).ToList();
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(statuses[1], new[] { HttpStatusCode.Conflict, HttpStatusCode.PreconditionFailed });
        var refusal = await Problem.ReadAsync(answers.Single(a => a.StatusCode != HttpStatusCode.OK), statuses[1]);
        Assert.Contains(refusal.Code, new[] { "application.not-under-review", "concurrency.conflict" });
        Assert.Single(await AuditAsync(admin, submitted.Id), a => a.Action == "Accept");

        // A decision on a stale version is refused the same way.
        var other = await SubmitAsync(school, "李小红");
        var stale = await Problem.ReadAsync(await PostAsync(first, $"/api/v1/review/applications/{other.Id}/acceptance", null, "\"1\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal("concurrency.conflict", stale.Code);
        Assert.Equal("application.not-under-review", (await Problem.ReadAsync(await PostAsync(first, url, null), HttpStatusCode.Conflict)).Code);
    }

    [SkippableFact]
    public async Task Reveal_needs_a_reason_returns_the_unmasked_data_and_is_audited_with_the_reason()
    {
        var admin = await App.CreateAdminClientAsync();
        var school = await CreateSchoolAsync(admin);
        var submitted = await SubmitAsync(school, "张小明");
        var (reviewer, reviewerName) = await StaffAsync(admin, "SchoolReviewer", school.School);
        var url = $"/api/v1/review/applications/{submitted.Id}/reveal";

        var missing = await Problem.ReadAsync(await PostAsync(reviewer, url, new { reason = "看" }), HttpStatusCode.BadRequest);
        Assert.True(missing.Errors.ContainsKey("reason"));
        var revealed = await Json.ReadAsync(await PostAsync(reviewer, url, new { reason = "与家长电话核实户籍信息" }), HttpStatusCode.OK);
        Assert.False(revealed.GetProperty("personalDataMasked").GetBoolean());
        Assert.Equal(submitted.StudentId, revealed.GetProperty("student").GetProperty("residentId").GetString());
        Assert.Equal("13838012345", revealed.GetProperty("guardians").GetProperty("father").GetProperty("mobile").GetString());

        var line = Assert.Single(await AuditAsync(admin, submitted.Id));
        Assert.Equal("Reveal", line.Action);
        Assert.Equal("与家长电话核实户籍信息", line.Detail);
        Assert.Equal(reviewerName, line.StaffName);
        // TestServer requests have no remote address; a real request's client address is kept in clientAddress.
    }

    [SkippableFact]
    public async Task Bulk_acceptance_answers_one_result_per_item()
    {
        var admin = await App.CreateAdminClientAsync();
        var school = await CreateSchoolAsync(admin);
        var otherSchool = await CreateSchoolAsync(admin);
        var open = await SubmitAsync(school, "张小明");
        var alreadyAccepted = await SubmitAsync(school, "李小红");
        var elsewhere = await SubmitAsync(otherSchool, "王小刚");
        var (reviewer, _) = await StaffAsync(admin, "SchoolReviewer", school.School);
        await Json.ReadAsync(await PostAsync(reviewer, $"/api/v1/review/applications/{alreadyAccepted.Id}/acceptance", null), HttpStatusCode.OK);

        var result = await Json.ReadAsync(
            await PostAsync(reviewer, "/api/v1/review/applications/bulk-acceptance", new { applicationIds = new[] { open.Id, alreadyAccepted.Id, elsewhere.Id, open.Id } }),
            HttpStatusCode.OK);

        Assert.Equal(1, result.GetProperty("accepted").GetInt32());
        Assert.Equal(3, result.GetProperty("skipped").GetInt32());
        var items = result.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("id").GetGuid(), i.GetProperty("outcome").GetString(), i.GetProperty("code").GetString())).ToList();
        Assert.Equal(
            [(open.Id, "Accepted", null), (alreadyAccepted.Id, "Skipped", "application.not-under-review"), (elsewhere.Id, "Skipped", "not-found"), (open.Id, "Skipped", "review.bulk.repeated")],
            items);
        Assert.Equal("Accepted", (await Json.ReadAsync(await admin.GetAsync($"/api/v1/review/applications/{open.Id}"), HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal("UnderReview", (await Json.ReadAsync(await admin.GetAsync($"/api/v1/review/applications/{elsewhere.Id}"), HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task A_return_names_known_fields_and_reasons_of_the_admins_list_which_the_admin_edits()
    {
        var admin = await App.CreateAdminClientAsync();
        var school = await CreateSchoolAsync(admin);
        var submitted = await SubmitAsync(school, "张小明");
        var url = $"/api/v1/review/applications/{submitted.Id}/return";

        var created = await Json.ReadAsync(await PostAsync(admin, "/api/v1/admin/return-reasons", new { text = "照片不清晰" + Guid.NewGuid().ToString("N")[..4], sortOrder = 5 }), HttpStatusCode.Created);
        var reasonId = created.GetProperty("id").GetGuid();
        var unknownField = await Problem.ReadAsync(
            await PostAsync(admin, url, new { reasons = new[] { new { page = "student", field = "shoeSize", reasonId, note = (string?)null } } }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("review.return.field-unknown", unknownField.Code);
        Assert.Equal("validation.failed", (await Problem.ReadAsync(await PostAsync(admin, url, new { reasons = Array.Empty<object>() }), HttpStatusCode.BadRequest)).Code);

        var retire = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/admin/return-reasons/{reasonId}") { Content = JsonContent.Create(new { text = created.GetProperty("text").GetString(), sortOrder = 5, isActive = false }) };
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(retire)).StatusCode);
        var retired = await Problem.ReadAsync(
            await PostAsync(admin, url, new { reasons = new[] { new { page = "student", field = "name", reasonId, note = (string?)null } } }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("review.return.reason-unknown", retired.Code);
        Assert.Equal("UnderReview", (await Json.ReadAsync(await admin.GetAsync($"/api/v1/review/applications/{submitted.Id}"), HttpStatusCode.OK)).GetProperty("status").GetString());

        var configured = await Json.ReadAsync(await admin.GetAsync("/api/v1/review/audit?action=Configure&pageSize=200"), HttpStatusCode.OK);
        Assert.True(configured.GetProperty("items").EnumerateArray().Count(l => l.GetProperty("detail").GetString()!.Contains(created.GetProperty("text").GetString()!, StringComparison.Ordinal)) >= 2);
    }

    [SkippableFact]
    public async Task The_audit_chain_holds_under_concurrent_appends_and_its_verification_names_a_line_edited_in_the_database()
    {
        var admin = await App.CreateAdminClientAsync();
        var school = await CreateSchoolAsync(admin);
        var submitted = await SubmitAsync(school, "张小明");
        var (auditor, _) = await StaffAsync(admin, "Auditor");
        var (reviewer, _) = await StaffAsync(admin, "SchoolReviewer", school.School);
        var url = $"/api/v1/review/applications/{submitted.Id}";

        // Twenty appends at once (detail views) and a reveal: one chain, no fork.
        var views = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => admin.GetAsync(url)));
        Assert.All(views, v => Assert.Equal(HttpStatusCode.OK, v.StatusCode));
        await Json.ReadAsync(await PostAsync(reviewer, url + "/reveal", new { reason = "与家长电话核实户籍信息" }), HttpStatusCode.OK);
        var intact = await Json.ReadAsync(await auditor.GetAsync("/api/v1/review/audit/verification"), HttpStatusCode.OK);
        Assert.True(intact.GetProperty("intact").GetBoolean(), intact.GetRawText());
        Assert.True(intact.GetProperty("chainedLines").GetInt32() >= 21);
        Assert.Equal(JsonValueKind.Null, intact.GetProperty("firstBrokenId").ValueKind);

        // Someone with database access rewrites the reveal's reason: the verification names that line.
        var lines = await Json.ReadAsync(await admin.GetAsync($"/api/v1/review/audit?applicationId={submitted.Id}&action=Reveal"), HttpStatusCode.OK);
        var revealId = lines.GetProperty("items")[0].GetProperty("id").GetGuid();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Enrollment.Modules.Review.Infrastructure.Persistence.ReviewDbContext>();
            Assert.Equal(1, await db.AuditTrail.Where(e => e.Id == revealId).ExecuteUpdateAsync(u => u.SetProperty(e => e.Detail, "随便看看")));
        }

        var broken = await Json.ReadAsync(await admin.GetAsync("/api/v1/review/audit/verification"), HttpStatusCode.OK);
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(revealId, broken.GetProperty("firstBrokenId").GetGuid());
        Assert.Contains("修改", broken.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("auth.forbidden", (await Problem.ReadAsync(await reviewer.GetAsync("/api/v1/review/audit/verification"), HttpStatusCode.Forbidden)).Code);
    }

    [SkippableFact]
    public async Task The_export_opens_as_a_spreadsheet_with_the_filtered_rows_of_the_scope_masked_for_a_school_reviewer()
    {
        var admin = await App.CreateAdminClientAsync();
        var school = await CreateSchoolAsync(admin);
        var otherSchool = await CreateSchoolAsync(admin);
        var first = await SubmitAsync(school, "张小明");
        var second = await SubmitAsync(school, "李小红");
        await SubmitAsync(otherSchool, "王小刚");
        var (reviewer, _) = await StaffAsync(admin, "SchoolReviewer", school.School);
        await Json.ReadAsync(await PostAsync(reviewer, $"/api/v1/review/applications/{second.Id}/acceptance", null), HttpStatusCode.OK);

        var response = await reviewer.GetAsync("/api/v1/review/applications/export?status=UnderReview");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        var row = Assert.Single(rows);
        Assert.Equal("张小明", row["学生姓名"]);
        Assert.Equal(first.StudentId[..6] + "********" + first.StudentId[^4..], row["身份证号"]);
        Assert.Equal("138****2345", row["父亲手机号"]);
        Assert.Equal(school.Name, row["毕业学校"]);
        Assert.Equal("审核中", row["状态"]);
        Assert.Equal(first.Id.ToString(), row["编号"]);

        // A DistrictAdmin's export of that school shows the identifiers; both exports are audited.
        using var full = new MemoryStream(await (await admin.GetAsync($"/api/v1/review/applications/export?school={school.School}")).Content.ReadAsByteArrayAsync());
        var all = MiniExcelLibs.MiniExcel.Query(full, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, all.Count);
        Assert.Contains(all, r => (string?)r["身份证号"] == first.StudentId);
        var exports = await Json.ReadAsync(await admin.GetAsync("/api/v1/review/audit?action=Export&pageSize=200"), HttpStatusCode.OK);
        Assert.Contains(exports.GetProperty("items").EnumerateArray(), l => l.GetProperty("detail").GetString()!.Contains("rows=1;masked=True", StringComparison.Ordinal));
    }

    // -- Helpers -----------------------------------------------------------------------------------

    private sealed record SchoolRef(Guid School, Guid Class, string Name);

    private sealed record Submitted(Guid Id, string StudentId, string FatherId, HttpClient Parent);

    private sealed record Reason(Guid Id, string Text);

    private sealed record AuditRow(string Action, string StaffName, string Role, string? Detail, string? ClientAddress);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    private static async Task<List<AuditRow>> AuditAsync(HttpClient client, Guid applicationId)
    {
        var page = await Json.ReadAsync(await client.GetAsync($"/api/v1/review/audit?applicationId={applicationId}&pageSize=200"), HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(l => new AuditRow(
            l.GetProperty("action").GetString()!,
            l.GetProperty("staffName").GetString()!,
            l.GetProperty("role").GetString()!,
            l.GetProperty("detail").GetString(),
            l.GetProperty("clientAddress").GetString()))];
    }

    private static async Task<Reason> FirstReasonAsync(HttpClient client)
    {
        var reasons = await Json.ReadAsync(await client.GetAsync("/api/v1/admin/return-reasons"), HttpStatusCode.OK);
        var first = reasons[0];
        return new Reason(first.GetProperty("id").GetGuid(), first.GetProperty("text").GetString()!);
    }

    private async Task<SchoolRef> CreateSchoolAsync(HttpClient admin)
    {
        var season = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK);
        var name = "决定测试幼儿园" + Guid.NewGuid().ToString("N")[..8];
        var school = await Json.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/schools", new { seasonId = season.GetProperty("id").GetGuid(), kind = "Kindergarten", name, classes = new[] { "大一班" } }),
            HttpStatusCode.Created);
        return new SchoolRef(school.GetProperty("id").GetGuid(), school.GetProperty("classes")[0].GetProperty("id").GetGuid(), name);
    }

    private async Task<Submitted> SubmitAsync(SchoolRef school, string name)
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var started = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        var id = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
        var studentId = TestIds.Primary2024();
        await Json.ReadAsync(
            await parent.PutAsJsonAsync($"{location}/student", new { name, residentId = studentId, ethnicityCode = "01", graduationSchoolId = school.School, graduationClassId = school.Class }),
            HttpStatusCode.OK);
        var fatherId = Wizard.FatherId();
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("张伟", fatherId) }), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", fatherId)), HttpStatusCode.OK);
        await Wizard.SkipEvidenceAsync(parent, location);
        await Json.ReadAsync(await parent.PostAsync($"{location}/submission", null), HttpStatusCode.OK);
        return new Submitted(id, studentId, fatherId, parent);
    }

    private async Task<(HttpClient Client, string UserName)> StaffAsync(HttpClient admin, string role, params Guid[] schoolIds)
    {
        var userName = "rv" + Guid.NewGuid().ToString("N")[..10];
        const string password = "Review#2024x";
        await Json.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName, displayName = "审核员", password, role, schoolIds }),
            HttpStatusCode.Created);
        return (await App.CreateStaffClientAsync(userName, password), userName);
    }
}

public sealed class ReviewDecisionTests_Sqlite(SqliteFixture fixture) : ReviewDecisionTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ReviewDecisionTests_PostgreSql(PostgreSqlFixture fixture) : ReviewDecisionTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class ReviewDecisionTests_SqlServer(SqlServerFixture fixture) : ReviewDecisionTests(fixture), IClassFixture<SqlServerFixture>;
