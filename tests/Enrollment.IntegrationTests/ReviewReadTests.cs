using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The Review module's read-only API: the queue and detail for staff within their data scope, and the
/// integrators' single read, with identifiers masked unless the token may see them.
/// </summary>
public abstract class ReviewReadTests(AppFixture fixture)
{
    private const string FatherMobile = "13838012345";

    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    // -- Staff: scope ------------------------------------------------------------------------------

    [SkippableFact]
    public async Task A_reviewer_scoped_last_season_sees_the_same_school_this_season_without_being_rescoped()
    {
        var admin = await App.CreateAdminClientAsync();
        var scenario = new ReviewScenario(App);

        // Last season (2023, closed): the reviewer was given its 跨季幼儿园.
        var name = "跨季幼儿园" + Guid.NewGuid().ToString("N")[..8];
        var lastSeason = await Json.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/seasons", new
        {
            year = 2023,
            name = "登封市2023年义务教育新生入学信息采集",
            homeCountyCode = "410185",
            opensAt = "2023-06-01T00:00:00+08:00",
            closesAt = "2023-08-31T23:59:59+08:00",
            primaryEntry = new { fullYears = 6, cutOff = "2023-08-31" },
            juniorMiddleEntry = new { fullYears = 12, cutOff = "2023-08-31" },
        }), HttpStatusCode.Created);
        var lastYears = await Json.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/schools", new { seasonId = lastSeason.GetProperty("id").GetGuid(), kind = "Kindergarten", name, classes = new[] { "大一班" } }),
            HttpStatusCode.Created);
        var reviewer = await scenario.StaffAsync(admin, "SchoolReviewer", lastYears.GetProperty("id").GetGuid());

        // This season the admin sets the same school up again, as every year; nobody touches the reviewer's account.
        var current = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK);
        var thisYears = await Json.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/schools", new { seasonId = current.GetProperty("id").GetGuid(), kind = "Kindergarten", name, classes = new[] { "大一班" } }),
            HttpStatusCode.Created);
        var school = new ReviewScenario.SchoolRef(thisYears.GetProperty("id").GetGuid(), thisYears.GetProperty("classes")[0].GetProperty("id").GetGuid(), name);
        var mine = await scenario.SubmitAsync(school, "张小明");
        var notMine = await scenario.SubmitAsync(await scenario.CreateSchoolAsync(admin), "李小红");

        var queue = ReviewScenario.Ids(await Json.ReadAsync(await reviewer.GetAsync("/api/v1/review/applications?pageSize=100"), HttpStatusCode.OK));
        Assert.Contains(mine.Id, queue);
        Assert.DoesNotContain(notMine.Id, queue);
        Assert.Equal([mine.Id], ReviewScenario.Ids(await Json.ReadAsync(await reviewer.GetAsync($"/api/v1/review/applications?school={school.School}"), HttpStatusCode.OK)));
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/api/v1/review/applications/{mine.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/api/v1/review/applications/{notMine.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/api/v1/review/applications/{mine.Id}/acceptance", null)).StatusCode);
    }

    [SkippableFact]
    public async Task A_school_reviewer_sees_only_the_applications_of_their_schools()
    {
        var admin = await App.CreateAdminClientAsync();
        var schoolA = await CreateSchoolAsync(admin);
        var schoolB = await CreateSchoolAsync(admin);
        var atA = await SubmitAsync(schoolA, "张小明");
        var atB = await SubmitAsync(schoolB, "李小红");
        var draftAtA = await StartDraftAsync(schoolA, "王小刚");
        var reviewer = await StaffAsync(admin, "SchoolReviewer", schoolA.School);

        var queue = await Json.ReadAsync(await reviewer.GetAsync("/api/v1/review/applications"), HttpStatusCode.OK);
        var ids = Ids(queue);
        Assert.Contains(atA.Id, ids);
        Assert.DoesNotContain(atB.Id, ids);
        Assert.DoesNotContain(draftAtA, ids);
        Assert.All(queue.GetProperty("items").EnumerateArray(), i => Assert.Equal(schoolA.School, i.GetProperty("schoolId").GetGuid()));
        Assert.Equal(1, queue.GetProperty("total").GetInt32());

        var otherSchool = await Json.ReadAsync(await reviewer.GetAsync($"/api/v1/review/applications?school={schoolB.School}"), HttpStatusCode.OK);
        Assert.Empty(otherSchool.GetProperty("items").EnumerateArray());
        Assert.Equal(0, otherSchool.GetProperty("total").GetInt32());
        var byOtherId = await Json.ReadAsync(await reviewer.GetAsync($"/api/v1/review/applications?q={atB.StudentId}"), HttpStatusCode.OK);
        Assert.Equal(0, byOtherId.GetProperty("total").GetInt32());

        var detail = await Json.ReadAsync(await reviewer.GetAsync($"/api/v1/review/applications/{atA.Id}"), HttpStatusCode.OK);
        Assert.Equal("张小明", detail.GetProperty("student").GetProperty("name").GetString());
        Assert.Equal("not-found", (await Problem.ReadAsync(await reviewer.GetAsync($"/api/v1/review/applications/{atB.Id}"), HttpStatusCode.NotFound)).Code);
        Assert.Equal("not-found", (await Problem.ReadAsync(await reviewer.GetAsync($"/api/v1/review/applications/{draftAtA}"), HttpStatusCode.NotFound)).Code);
        Assert.Equal("not-found", (await Problem.ReadAsync(await reviewer.GetAsync($"/api/v1/review/applications/{Guid.NewGuid()}"), HttpStatusCode.NotFound)).Code);
    }

    [SkippableTheory]
    [InlineData("DistrictAdmin")]
    [InlineData("Auditor")]
    public async Task District_admins_and_auditors_see_every_school(string role)
    {
        var admin = await App.CreateAdminClientAsync();
        var schoolA = await CreateSchoolAsync(admin);
        var schoolB = await CreateSchoolAsync(admin);
        var atA = await SubmitAsync(schoolA, "张小明");
        var atB = await SubmitAsync(schoolB, "李小红");
        var staff = role == "DistrictAdmin" ? admin : await StaffAsync(admin, role);

        var all = Ids(await Json.ReadAsync(await staff.GetAsync("/api/v1/review/applications?pageSize=100"), HttpStatusCode.OK));
        Assert.Contains(atA.Id, all);
        Assert.Contains(atB.Id, all);
        foreach (var (school, expected) in new[] { (schoolA, atA), (schoolB, atB) })
        {
            var page = await Json.ReadAsync(await staff.GetAsync($"/api/v1/review/applications?school={school.School}"), HttpStatusCode.OK);
            Assert.Equal([expected.Id], Ids(page));
        }

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/review/applications/{atA.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/review/applications/{atB.Id}")).StatusCode);
    }

    // -- Staff: masking, filters, paging ------------------------------------------------------------

    [SkippableFact]
    public async Task Identifiers_and_phones_are_masked_in_the_queue_and_the_detail()
    {
        var admin = await App.CreateAdminClientAsync();
        var school = await CreateSchoolAsync(admin);
        var submitted = await SubmitAsync(school, "张小明");

        var queue = await Json.ReadAsync(await admin.GetAsync($"/api/v1/review/applications?school={school.School}"), HttpStatusCode.OK);
        var line = Assert.Single(queue.GetProperty("items").EnumerateArray());
        Assert.Equal(Masked(submitted.StudentId), line.GetProperty("studentResidentId").GetString());
        Assert.Equal("138****2345", line.GetProperty("fatherMobile").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("motherMobile").ValueKind);
        Assert.Equal("张小明", line.GetProperty("studentName").GetString());
        Assert.Equal("KindergartenGraduate", line.GetProperty("graduationType").GetString());
        Assert.Equal(school.Name, line.GetProperty("schoolName").GetString());
        Assert.Equal("大一班", line.GetProperty("className").GetString());
        Assert.Equal("UnderReview", line.GetProperty("status").GetString());
        Assert.Equal("审核中", line.GetProperty("statusText").GetString());
        Assert.NotEqual(default, line.GetProperty("submittedAt").GetDateTimeOffset());

        var body = await (await admin.GetAsync($"/api/v1/review/applications/{submitted.Id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(submitted.StudentId, body, StringComparison.Ordinal);
        Assert.DoesNotContain(submitted.FatherId, body, StringComparison.Ordinal);
        Assert.DoesNotContain(FatherMobile, body, StringComparison.Ordinal);
        var detail = JsonDocument.Parse(body).RootElement;
        Assert.Equal(Masked(submitted.StudentId), detail.GetProperty("student").GetProperty("residentId").GetString());
        var father = detail.GetProperty("guardians").GetProperty("father");
        Assert.Equal(Masked(submitted.FatherId), father.GetProperty("residentId").GetString());
        Assert.Equal("138****2345", father.GetProperty("mobile").GetString());
        Assert.Equal("中岳大街72号", father.GetProperty("addressDetail").GetString());
        var household = detail.GetProperty("household");
        Assert.Equal(Masked(submitted.FatherId), household.GetProperty("householder").GetProperty("residentId").GetString());
        Assert.Equal("秀丽王府花园", household.GetProperty("community").GetString());
        Assert.True(detail.GetProperty("personalDataMasked").GetBoolean());
        Assert.Equal(school.Name, detail.GetProperty("student").GetProperty("graduationSchoolName").GetString());
    }

    [SkippableFact]
    public async Task The_queue_filters_by_status_kind_and_search_and_pages_newest_change_first()
    {
        var admin = await App.CreateAdminClientAsync();
        var school = await CreateSchoolAsync(admin);
        var first = await SubmitAsync(school, "欧阳小明");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await SubmitAsync(school, "张小红");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await SubmitAsync(school, "张大伟");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await SendAsync(new ReturnApplicationCommand(first.Id, ["户口簿地址与户口簿不一致"]));
        var url = $"/api/v1/review/applications?school={school.School}";

        var page1 = await Json.ReadAsync(await admin.GetAsync(url + "&pageSize=2"), HttpStatusCode.OK);
        Assert.Equal(3, page1.GetProperty("total").GetInt32());
        Assert.Equal(1, page1.GetProperty("page").GetInt32());
        Assert.Equal(2, page1.GetProperty("pageSize").GetInt32());
        Assert.Equal([first.Id, third.Id], Ids(page1)); // the return is the newest change
        var page2 = await Json.ReadAsync(await admin.GetAsync(url + "&pageSize=2&page=2"), HttpStatusCode.OK);
        Assert.Equal([second.Id], Ids(page2));

        Assert.Equal([first.Id], Ids(await Json.ReadAsync(await admin.GetAsync(url + "&status=Returned"), HttpStatusCode.OK)));
        Assert.Equal([third.Id, second.Id], Ids(await Json.ReadAsync(await admin.GetAsync(url + "&status=UnderReview"), HttpStatusCode.OK)));
        Assert.Equal(3, (await Json.ReadAsync(await admin.GetAsync(url + "&kind=KindergartenGraduate"), HttpStatusCode.OK)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await Json.ReadAsync(await admin.GetAsync(url + "&kind=PrimaryGraduate"), HttpStatusCode.OK)).GetProperty("total").GetInt32());
        Assert.Equal([third.Id, second.Id], Ids(await Json.ReadAsync(await admin.GetAsync(url + "&q=" + Uri.EscapeDataString("张")), HttpStatusCode.OK)));
        Assert.Equal([first.Id], Ids(await Json.ReadAsync(await admin.GetAsync(url + "&q=" + Uri.EscapeDataString("小明")), HttpStatusCode.OK)));
        Assert.Equal([second.Id], Ids(await Json.ReadAsync(await admin.GetAsync($"/api/v1/review/applications?q={second.StudentId}"), HttpStatusCode.OK)));
        Assert.Equal(0, (await Json.ReadAsync(await admin.GetAsync(url + "&q=" + Uri.EscapeDataString("%")), HttpStatusCode.OK)).GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task The_queue_refuses_an_unknown_status_or_a_page_size_over_100()
    {
        var admin = await App.CreateAdminClientAsync();

        var tooBig = await Problem.ReadAsync(await admin.GetAsync("/api/v1/review/applications?pageSize=101"), HttpStatusCode.BadRequest);
        Assert.Equal("validation.failed", tooBig.Code);
        Assert.True(tooBig.Errors.ContainsKey("pageSize"));
        var draft = await Problem.ReadAsync(await admin.GetAsync("/api/v1/review/applications?status=Draft"), HttpStatusCode.BadRequest);
        Assert.True(draft.Errors.ContainsKey("status"));
        var kind = await Problem.ReadAsync(await admin.GetAsync("/api/v1/review/applications?kind=Nursery&page=0"), HttpStatusCode.BadRequest);
        Assert.True(kind.Errors.ContainsKey("kind"));
        Assert.True(kind.Errors.ContainsKey("page"));
    }

    // -- Who may not ---------------------------------------------------------------------------------

    [SkippableFact]
    public async Task Parents_and_anonymous_callers_cannot_read_the_review_endpoints()
    {
        var admin = await App.CreateAdminClientAsync();
        var school = await CreateSchoolAsync(admin);
        var submitted = await SubmitAsync(school, "张小明");
        var parent = submitted.Parent;
        var anonymous = App.CreateClient();

        foreach (var url in new[] { "/api/v1/review/applications", $"/api/v1/review/applications/{submitted.Id}" })
        {
            Assert.Contains((await parent.GetAsync(url)).StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
            Assert.Equal("auth.required", (await Problem.ReadAsync(await anonymous.GetAsync(url), HttpStatusCode.Unauthorized)).Code);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/integration/applications/{submitted.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await parent.GetAsync($"/api/v1/integration/applications/{submitted.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync($"/api/v1/integration/applications/{submitted.Id}")).StatusCode);
    }

    // -- Integrators -------------------------------------------------------------------------------

    [SkippableFact]
    public async Task An_integrator_sees_personal_data_only_with_the_pii_scope()
    {
        var admin = await App.CreateAdminClientAsync();
        var school = await CreateSchoolAsync(admin);
        var submitted = await SubmitAsync(school, "张小明");
        var draft = await StartDraftAsync(school, "王小刚");
        var url = $"/api/v1/integration/applications/{submitted.Id}";

        var reader = await IntegratorAsync(admin, ["applications:read"], "applications:read");
        var masked = await Json.ReadAsync(await reader.GetAsync(url), HttpStatusCode.OK);
        Assert.True(masked.GetProperty("personalDataMasked").GetBoolean());
        Assert.Equal(Masked(submitted.StudentId), masked.GetProperty("student").GetProperty("residentId").GetString());
        var father = masked.GetProperty("guardians").GetProperty("father");
        Assert.Equal(Masked(submitted.FatherId), father.GetProperty("residentId").GetString());
        Assert.Equal("138****2345", father.GetProperty("mobile").GetString());
        Assert.Equal(JsonValueKind.Null, father.GetProperty("addressDetail").ValueKind);
        Assert.Equal(JsonValueKind.Null, masked.GetProperty("household").GetProperty("addressDetail").ValueKind);
        Assert.Equal(JsonValueKind.Null, masked.GetProperty("household").GetProperty("community").ValueKind);
        Assert.Equal(Wizard.DengfengVillage, masked.GetProperty("household").GetProperty("regionCode").GetString());
        Assert.Equal("not-found", (await Problem.ReadAsync(await reader.GetAsync($"/api/v1/integration/applications/{draft}"), HttpStatusCode.NotFound)).Code);

        var piiClient = await IntegratorAsync(admin, ["applications:read", "applications:read:pii"], "applications:read applications:read:pii");
        var full = await Json.ReadAsync(await piiClient.GetAsync(url), HttpStatusCode.OK);
        Assert.False(full.GetProperty("personalDataMasked").GetBoolean());
        Assert.Equal(submitted.StudentId, full.GetProperty("student").GetProperty("residentId").GetString());
        Assert.Equal(submitted.FatherId, full.GetProperty("guardians").GetProperty("father").GetProperty("residentId").GetString());
        Assert.Equal(FatherMobile, full.GetProperty("guardians").GetProperty("father").GetProperty("mobile").GetString());
        Assert.Equal("中岳大街72号秀丽王府花园3号楼2单元101室", full.GetProperty("household").GetProperty("addressDetail").GetString());

        // The same client asking for applications:read only: masked again.
        var narrowed = await IntegratorAsync(admin, ["applications:read", "applications:read:pii"], "applications:read");
        Assert.True((await Json.ReadAsync(await narrowed.GetAsync(url), HttpStatusCode.OK)).GetProperty("personalDataMasked").GetBoolean());

        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await reader.GetAsync("/api/v1/review/applications")).StatusCode);
    }

    [SkippableFact]
    public async Task The_openapi_document_describes_the_review_and_integration_reads()
    {
        var document = await Json.ReadAsync(await App.CreateClient().GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/review/applications", out var queue));
        Assert.Contains("SchoolReviewer", queue.GetProperty("get").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(paths.TryGetProperty("/api/v1/review/applications/{id}", out var detail));
        Assert.True(detail.GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        Assert.True(paths.TryGetProperty("/api/v1/integration/applications/{id}", out var integration));
        Assert.Contains("applications:read:pii", integration.GetProperty("get").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    // -- Helpers -----------------------------------------------------------------------------------

    private sealed record SchoolRef(Guid School, Guid Class, string Name);

    private sealed record Submitted(Guid Id, string StudentId, string FatherId, HttpClient Parent);

    private static string Masked(string residentId) => residentId[..6] + "********" + residentId[^4..];

    private static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    private async Task<SchoolRef> CreateSchoolAsync(HttpClient admin)
    {
        var season = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK);
        var name = "审核测试幼儿园" + Guid.NewGuid().ToString("N")[..8];
        var school = await Json.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/schools", new { seasonId = season.GetProperty("id").GetGuid(), kind = "Kindergarten", name, classes = new[] { "大一班" } }),
            HttpStatusCode.Created);
        return new SchoolRef(school.GetProperty("id").GetGuid(), school.GetProperty("classes")[0].GetProperty("id").GetGuid(), name);
    }

    private async Task<(HttpClient Parent, Guid Id, string StudentId)> StartAsync(SchoolRef school, string name)
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var started = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        var studentId = TestIds.Primary2024();
        await Json.ReadAsync(
            await parent.PutAsJsonAsync($"{location}/student", new { name, residentId = studentId, ethnicityCode = "01", graduationSchoolId = school.School, graduationClassId = school.Class }),
            HttpStatusCode.OK);
        return (parent, Guid.Parse(location[(location.LastIndexOf('/') + 1)..]), studentId);
    }

    private async Task<Guid> StartDraftAsync(SchoolRef school, string name) => (await StartAsync(school, name)).Id;

    private async Task<Submitted> SubmitAsync(SchoolRef school, string name)
    {
        var (parent, id, studentId) = await StartAsync(school, name);
        var location = $"/api/v1/applications/{id}";
        var fatherId = Wizard.FatherId();
        var father = Wizard.Parent("张伟", fatherId);
        father["mobile"] = FatherMobile;
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father }), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", fatherId)), HttpStatusCode.OK);
        await Wizard.SkipEvidenceAsync(parent, location);
        await Json.ReadAsync(await parent.PostAsync($"{location}/submission", null), HttpStatusCode.OK);
        return new Submitted(id, studentId, fatherId, parent);
    }

    private async Task<HttpClient> StaffAsync(HttpClient admin, string role, params Guid[] schoolIds)
    {
        var userName = "rv" + Guid.NewGuid().ToString("N")[..10];
        const string password = "Review#2024x";
        await Json.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName, displayName = "审核员", password, role, schoolIds }),
            HttpStatusCode.Created);
        return await App.CreateStaffClientAsync(userName, password);
    }

    private Task<HttpClient> IntegratorAsync(HttpClient admin, string[] scopes, string requested) => new ReviewScenario(App).IntegratorAsync(admin, scopes, requested);

    private async Task SendAsync(ICommand command)
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }
}

public sealed class ReviewReadTests_Sqlite(SqliteFixture fixture) : ReviewReadTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ReviewReadTests_PostgreSql(PostgreSqlFixture fixture) : ReviewReadTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class ReviewReadTests_SqlServer(SqlServerFixture fixture) : ReviewReadTests(fixture), IClassFixture<SqlServerFixture>;
