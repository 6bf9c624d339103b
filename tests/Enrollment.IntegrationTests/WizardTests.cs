using System.Net;
using System.Net.Http.Json;
using System.Text;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>Pages 3–4, submission, the status machine, the list, ETags, seasons and schools over HTTP.</summary>
public abstract class WizardTests(AppFixture fixture)
{
    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    private async Task<(HttpClient Parent, string Location, string StudentId)> WithStudentAsync(HttpClient? parent = null)
    {
        parent ??= App.CreateParentClient(Guid.NewGuid());
        var response = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var id = TestIds.Primary2024();
        var saved = await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "张小明", id)), HttpStatusCode.OK);
        Assert.Equal("学生信息保存成功", saved.GetProperty("message").GetString());
        return (parent, location, id);
    }

    private async Task<(HttpClient Parent, string Location, string StudentId)> CompleteAsync(HttpClient? parent = null)
    {
        var (client, location, studentId) = await WithStudentAsync(parent);
        var fatherId = Wizard.FatherId();
        await Json.ReadAsync(await client.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("张伟", fatherId) }), HttpStatusCode.OK);
        await Json.ReadAsync(await client.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", fatherId)), HttpStatusCode.OK);
        return (client, location, studentId);
    }

    private async Task SendAsync(ICommand command)
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    private static Guid IdOf(string location) => Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);

    [SkippableFact]
    public async Task The_whole_wizard_then_submission_shows_under_review_in_the_list()
    {
        var (parent, location, _) = await WithStudentAsync();
        var fatherId = Wizard.FatherId();
        var motherId = Wizard.MotherId();

        var guardians = await Json.ReadAsync(
            await parent.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("张伟", fatherId), mother = Wizard.Parent("李娜", motherId, Wizard.ZhengzhouStreet) }),
            HttpStatusCode.OK);
        Assert.Equal("学生父母信息保存成功", guardians.GetProperty("message").GetString());
        var household = await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", fatherId)), HttpStatusCode.OK);
        Assert.Equal("学生户籍信息保存成功", household.GetProperty("message").GetString());

        var read = await parent.GetAsync(location);
        var application = await Json.ReadAsync(read, HttpStatusCode.OK);
        var pages = application.GetProperty("pages");
        Assert.True(pages.GetProperty("student").GetBoolean());
        Assert.True(pages.GetProperty("guardians").GetBoolean());
        Assert.True(pages.GetProperty("household").GetBoolean());
        Assert.Equal("李娜", application.GetProperty("guardians").GetProperty("mother").GetProperty("name").GetString());
        Assert.Equal("秀丽王府花园", application.GetProperty("household").GetProperty("community").GetString());
        Assert.Equal("汉族", application.GetProperty("student").GetProperty("ethnicityName").GetString());
        Assert.NotNull(application.GetProperty("student").GetProperty("graduationSchoolName").GetString());
        Assert.Equal($"\"{application.GetProperty("version").GetInt32()}\"", read.Headers.ETag?.Tag);

        await Wizard.SkipEvidenceAsync(parent, location);
        var submitted = await Json.ReadAsync(await parent.PostAsync($"{location}/submission", null), HttpStatusCode.OK);
        Assert.Equal("审核中", submitted.GetProperty("application").GetProperty("statusText").GetString());

        var list = await Json.ReadAsync(await parent.GetAsync("/api/v1/applications"), HttpStatusCode.OK);
        var line = Assert.Single(list.EnumerateArray());
        Assert.Equal("张小明", line.GetProperty("studentName").GetString());
        Assert.Equal("审核中", line.GetProperty("statusText").GetString());
        Assert.Equal("幼儿园毕业生", line.GetProperty("graduationTypeText").GetString());
    }

    [SkippableFact]
    public async Task Submitting_an_incomplete_application_names_the_missing_pages()
    {
        var (parent, location, _) = await WithStudentAsync();
        var problem = await Problem.ReadAsync(await parent.PostAsync($"{location}/submission", null), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("application.incomplete", problem.Code);
        Assert.Equal("请先完成：学生父母信息、学生户籍信息", problem.Title);
    }

    [SkippableFact]
    public async Task Without_any_parent_the_guardians_page_cannot_pass()
    {
        var (parent, location, _) = await WithStudentAsync();
        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father = (object?)null, mother = new { name = "", residentId = "" } }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("guardians.required", problem.Code);
        Assert.Equal(["学生父母信息至少填写父母一方的信息"], problem.Errors["guardians"]);
    }

    [SkippableFact]
    public async Task A_parents_field_errors_name_the_field_path()
    {
        var (parent, location, _) = await WithStudentAsync();
        var father = Wizard.Parent("张伟", "410185198805010010");
        father["mobile"] = "12345";
        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father }), HttpStatusCode.BadRequest);
        Assert.Equal("validation.failed", problem.Code);
        Assert.Equal(["身份证号校验位错误，请核对是否填写有误"], problem.Errors["father.residentId"]);
        Assert.Equal(["手机号应为11位数字，以13至19开头"], problem.Errors["father.mobile"]);
    }

    [SkippableFact]
    public async Task A_parent_with_the_students_id_is_refused()
    {
        var (parent, location, studentId) = await WithStudentAsync();
        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("张伟", studentId) }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("guardian.id.same-as-student", problem.Code);
        Assert.Equal(["家长身份证号不能与学生身份证号相同"], problem.Errors["father.residentId"]);
    }

    [SkippableFact]
    public async Task A_dengfeng_address_must_reach_the_village_level()
    {
        var (parent, location, _) = await WithStudentAsync();
        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { mother = Wizard.Parent("李娜", Wizard.MotherId(), Wizard.DengfengTown) }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("region.too-shallow", problem.Code);
        Assert.Equal(["地址请选择到村（社区）居委会"], problem.Errors["mother.regionCode"]);

        var fatherId = Wizard.FatherId();
        var household = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", fatherId, regionCode: Wizard.DengfengTown)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("region.too-shallow", household.Code);
        Assert.Equal(["地址请选择到村（社区）居委会"], household.Errors["regionCode"]);
    }

    [SkippableFact]
    public async Task A_collective_hukou_with_a_parent_on_the_booklet_needs_that_parent_as_householder()
    {
        var (parent, location, _) = await WithStudentAsync();
        var motherId = Wizard.MotherId();
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { mother = Wizard.Parent("李娜", motherId) }), HttpStatusCode.OK);

        var problem = await Problem.ReadAsync(
            await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("王集体", Wizard.FatherId(), "Collective", guardianOnSameBooklet: "Mother")),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("household.householder.not-guardian", problem.Code);
        Assert.True(problem.Errors.ContainsKey("householder.residentId"));

        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("李娜", motherId, "Collective", guardianOnSameBooklet: "Mother")), HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task The_remaining_page_rules_answer_with_their_codes()
    {
        var (parent, location, _) = await WithStudentAsync();
        var sameId = Wizard.FatherId();
        var duplicate = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("张伟", sameId), mother = Wizard.Parent("李娜", sameId) }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("guardian.id.duplicate", duplicate.Code);
        Assert.Equal(["父亲和母亲的身份证号不能相同"], duplicate.Errors["mother.residentId"]);

        var unknown = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("张伟", sameId, "419999999999") }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("region.unknown", unknown.Code);
        Assert.True(unknown.Errors.ContainsKey("father.regionCode"));

        var missing = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", sameId, "Collective", guardianOnSameBooklet: "Father")), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("household.guardian.missing", missing.Code);

        var body = await Wizard.StudentAsync(App, "张小明", TestIds.Primary2024());
        body["graduationClassId"] = Guid.NewGuid();
        var wrongClass = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", body), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("student.class.invalid", wrongClass.Code);
        Assert.Equal(["请从所选学校的班级中选择毕业班级"], wrongClass.Errors["graduationClassId"]);
    }

    [SkippableFact]
    public async Task Admin_rules_answer_with_their_codes()
    {
        var admin = await App.CreateAdminClientAsync();
        var sameYear = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/seasons", SeasonBody(2024, "2040-06-01T00:00:00+08:00", "2040-08-31T00:00:00+08:00")), HttpStatusCode.Conflict);
        Assert.Equal("season.year.duplicate", sameYear.Code);

        var current = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK);
        await WithStudentAsync();
        var inUse = await Problem.ReadAsync(await admin.DeleteAsync($"/api/v1/admin/seasons/{current.GetProperty("id").GetGuid()}"), HttpStatusCode.Conflict);
        Assert.Equal("season.in-use", inUse.Code);

        var kindergartens = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/schools?graduationType=KindergartenGraduate"), HttpStatusCode.OK);
        var scattered = kindergartens.EnumerateArray().Last().GetProperty("id").GetGuid();
        var fixedSchool = await Problem.ReadAsync(await admin.PostAsJsonAsync($"/api/v1/admin/schools/{scattered}/classes", new { name = "一班" }), HttpStatusCode.Conflict);
        Assert.Equal("school.scattered.fixed", fixedSchool.Code);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/v1/admin/schools/{scattered}")).StatusCode);

        // A school and class a saved student page names stay (the student above chose them).
        var (chosenSchool, chosenClass) = await Wizard.SchoolAsync(App);
        var schoolInUse = await Problem.ReadAsync(await admin.DeleteAsync($"/api/v1/admin/schools/{chosenSchool}"), HttpStatusCode.Conflict);
        Assert.Equal("school.in-use", schoolInUse.Code);
        Assert.Equal("已有学生信息选择了该学校（班级），不能删除", schoolInUse.Title);
        var classInUse = await Problem.ReadAsync(await admin.DeleteAsync($"/api/v1/admin/schools/{chosenSchool}/classes/{chosenClass}"), HttpStatusCode.Conflict);
        Assert.Equal("school.in-use", classInUse.Code);
    }

    [SkippableFact]
    public async Task A_typed_star_in_the_birth_certificate_number_gets_a_hint()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var location = (await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" })).Headers.Location!.OriginalString;
        var body = await Wizard.StudentAsync(App, "张小明", TestIds.Primary2024());
        body["birthCertificateNumber"] = "O41001234*";
        body["ethnicityCode"] = "99";

        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", body), HttpStatusCode.BadRequest);
        Assert.Equal(["出生证编号中印刷的「*」无需填写，请只填写字母和数字"], problem.Errors["birthCertificateNumber"]);
        Assert.Equal(["请从列表中选择民族"], problem.Errors["ethnicityCode"]);
    }

    [SkippableFact]
    public async Task A_primary_school_is_refused_for_a_kindergarten_graduate()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var location = (await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" })).Headers.Location!.OriginalString;
        var (school, schoolClass) = await Wizard.SchoolAsync(App, "PrimaryGraduate");
        var body = await Wizard.StudentAsync(App, "张小明", TestIds.Primary2024());
        body["graduationSchoolId"] = school;
        body["graduationClassId"] = schoolClass;

        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", body), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("student.school.invalid", problem.Code);
        Assert.Equal(["请从列表中选择毕业学校"], problem.Errors["graduationSchoolId"]);
    }

    [SkippableFact]
    public async Task Returned_then_resubmitted_then_accepted_is_locked()
    {
        var (parent, location, _) = await CompleteAsync();
        await Wizard.SkipEvidenceAsync(parent, location);
        await Json.ReadAsync(await parent.PostAsync($"{location}/submission", null), HttpStatusCode.OK);

        await SendAsync(new ReturnApplicationCommand(IdOf(location), ["户口簿地址与户口簿不一致"]));
        var list = await Json.ReadAsync(await parent.GetAsync("/api/v1/applications"), HttpStatusCode.OK);
        var line = Assert.Single(list.EnumerateArray());
        Assert.Equal("有误", line.GetProperty("statusText").GetString());
        Assert.Equal("户口簿地址与户口簿不一致", line.GetProperty("returnReasons")[0].GetString());

        await Json.ReadAsync(await parent.PostAsync($"{location}/submission", null), HttpStatusCode.OK);
        await SendAsync(new AcceptApplicationCommand(IdOf(location)));

        var read = await Json.ReadAsync(await parent.GetAsync(location), HttpStatusCode.OK);
        Assert.Equal("已提交", read.GetProperty("statusText").GetString());
        var change = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("张伟", Wizard.FatherId()) }), HttpStatusCode.Conflict);
        Assert.Equal("application.locked", change.Code);
        var delete = await Problem.ReadAsync(await parent.DeleteAsync(location), HttpStatusCode.Conflict);
        Assert.Equal("application.locked", delete.Code);
    }

    [SkippableFact]
    public async Task After_a_soft_delete_the_same_child_registers_again()
    {
        var (first, location, studentId) = await CompleteAsync();
        await Wizard.SkipEvidenceAsync(first, location);
        await Json.ReadAsync(await first.PostAsync($"{location}/submission", null), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent, (await first.DeleteAsync(location)).StatusCode);
        await Problem.ReadAsync(await first.GetAsync(location), HttpStatusCode.NotFound);

        var second = App.CreateParentClient(Guid.NewGuid());
        var again = (await second.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" })).Headers.Location!.OriginalString;
        await Json.ReadAsync(await second.PutAsJsonAsync($"{again}/student", await Wizard.StudentAsync(App, "张小明", studentId)), HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task One_account_registers_two_children()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        await CompleteAsync(parent);
        await CompleteAsync(parent);

        var list = await Json.ReadAsync(await parent.GetAsync("/api/v1/applications"), HttpStatusCode.OK);
        Assert.Equal(2, list.GetArrayLength());
    }

    [SkippableFact]
    public async Task A_write_on_a_stale_etag_is_refused_with_412()
    {
        var (parent, location, _) = await WithStudentAsync();
        var etag = (await parent.GetAsync(location)).Headers.ETag!.Tag;

        var first = await Wizard.PutAsync(parent, $"{location}/guardians", new { father = Wizard.Parent("张伟", Wizard.FatherId()) }, etag);
        await Json.ReadAsync(first, HttpStatusCode.OK);
        Assert.NotEqual(etag, first.Headers.ETag!.Tag);

        var stale = await Wizard.PutAsync(parent, $"{location}/guardians", new { father = Wizard.Parent("王强", Wizard.FatherId()) }, etag);
        var problem = await Problem.ReadAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("concurrency.conflict", problem.Code);
        Assert.Equal("内容已在其他设备上修改，请刷新后重试", problem.Detail);
    }

    [SkippableFact]
    public async Task Saving_a_page_twice_is_idempotent()
    {
        var (parent, location, _) = await WithStudentAsync();
        var body = new { father = Wizard.Parent("张伟", Wizard.FatherId()) };
        var once = await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", body), HttpStatusCode.OK);
        var twice = await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", body), HttpStatusCode.OK);
        Assert.Equal(once.GetProperty("application").GetProperty("version").GetInt32(), twice.GetProperty("application").GetProperty("version").GetInt32());
    }

    [SkippableFact]
    public async Task Outside_the_season_parents_can_read_but_not_start_or_change()
    {
        var parentId = Guid.NewGuid();
        var (_, location, _) = await WithStudentAsync(App.CreateParentClient(parentId));
        App.Clock.AdjustTime(new DateTimeOffset(2024, 9, 2, 8, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        try
        {
            // The same parent, signed in anew after the jump (a sign-in may not outlive it).
            var parent = App.CreateParentClient(parentId);
            await Json.ReadAsync(await parent.GetAsync(location), HttpStatusCode.OK);
            var start = await Problem.ReadAsync(await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" }), HttpStatusCode.UnprocessableEntity);
            Assert.StartsWith("season.", start.Code, StringComparison.Ordinal);
            var change = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("张伟", Wizard.FatherId()) }), HttpStatusCode.UnprocessableEntity);
            Assert.Equal("season.closed", change.Code);
            Assert.Equal("登封市2024年义务教育新生入学信息采集已结束", change.Title);
        }
        finally
        {
            App.Clock.AdjustTime(EnrollmentApp.PinnedNow.ToUniversalTime());
        }
    }

    [SkippableFact]
    public async Task The_current_season_and_the_school_list_with_the_scattered_school_last()
    {
        var client = App.CreateClient();
        var season = await Json.ReadAsync(await client.GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK);
        Assert.True(season.GetProperty("isOpen").GetBoolean());
        Assert.Equal("410185", season.GetProperty("homeCountyCode").GetString());

        var kindergartens = await Json.ReadAsync(await client.GetAsync("/api/v1/schools?graduationType=KindergartenGraduate"), HttpStatusCode.OK);
        var names = kindergartens.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal("社会零星幼儿园", names[^1]);
        Assert.True(names.Count > 1);
        var scattered = kindergartens.EnumerateArray().Last().GetProperty("id").GetGuid();
        var classes = await Json.ReadAsync(await client.GetAsync($"/api/v1/schools/{scattered}/classes"), HttpStatusCode.OK);
        Assert.Equal("零班", Assert.Single(classes.EnumerateArray()).GetProperty("name").GetString());

        var primaries = await Json.ReadAsync(await client.GetAsync("/api/v1/schools?graduationType=PrimaryGraduate"), HttpStatusCode.OK);
        Assert.Equal("社会零星小学", primaries.EnumerateArray().Last().GetProperty("name").GetString());
        Assert.DoesNotContain(primaries.EnumerateArray(), s => s.GetProperty("kind").GetString() == "Kindergarten");
    }

    [SkippableFact]
    public async Task The_h5_region_picker_finds_dengfengs_towns_and_their_villages()
    {
        // What frontend/h5/src/components/RegionPicker.vue relies on.
        var client = App.CreateParentClient(Guid.NewGuid());
        var towns = await Json.ReadAsync(await client.GetAsync("/api/v1/regions/410185000000/children"), HttpStatusCode.OK);
        Assert.Contains(towns.GetProperty("items").EnumerateArray(), t => t.GetProperty("code").GetString() == Wizard.DengfengTown);
        var villages = await Json.ReadAsync(await client.GetAsync($"/api/v1/regions/{Wizard.DengfengTown}/children"), HttpStatusCode.OK);
        Assert.Contains(villages.GetProperty("items").EnumerateArray(), v => v.GetProperty("code").GetString() == Wizard.DengfengVillage);
    }

    [SkippableFact]
    public async Task Too_old_may_be_confirmed_by_the_parent_only_where_the_season_allows_it()
    {
        var admin = await App.CreateAdminClientAsync();
        var season = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK);
        var seasonId = season.GetProperty("id").GetGuid();
        object Policy(bool allow) => new
        {
            year = season.GetProperty("year").GetInt32(),
            name = season.GetProperty("name").GetString(),
            homeCountyCode = season.GetProperty("homeCountyCode").GetString(),
            opensAt = season.GetProperty("opensAt").GetDateTimeOffset(),
            closesAt = season.GetProperty("closesAt").GetDateTimeOffset(),
            primaryEntry = new { fullYears = 6, cutOff = "2024-08-31" },
            juniorMiddleEntry = new { fullYears = 12, cutOff = "2024-08-31" },
            overAgeMayBeConfirmed = allow,
        };

        var parent = App.CreateParentClient(Guid.NewGuid());
        var location = (await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" })).Headers.Location!.OriginalString;
        var body = await Wizard.StudentAsync(App, "王大明", TestIds.For(new DateOnly(2017, 3, 1)));
        body["confirmOverAge"] = true;

        var refused = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", body), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("student.age.too-old", refused.Code);
        Assert.Equal("学生年龄超过上学年龄，请确认是否填写有误", refused.Title);

        await Json.ReadAsync(await admin.PutAsJsonAsync($"/api/v1/admin/seasons/{seasonId}", Policy(true)), HttpStatusCode.OK);
        try
        {
            body.Remove("confirmOverAge");
            await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", body), HttpStatusCode.UnprocessableEntity);
            body["confirmOverAge"] = true;
            var saved = await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", body), HttpStatusCode.OK);
            Assert.True(saved.GetProperty("application").GetProperty("student").GetProperty("overAgeConfirmed").GetBoolean());
        }
        finally
        {
            await Json.ReadAsync(await admin.PutAsJsonAsync($"/api/v1/admin/seasons/{seasonId}", Policy(false)), HttpStatusCode.OK);
        }
    }

    [SkippableFact]
    public async Task Admin_endpoints_need_the_district_admin_role()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync("/api/v1/admin/seasons")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.CreateStaffClientAsync("reviewer", "Review#2024")).GetAsync("/api/v1/admin/seasons")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await App.CreateAdminClientAsync()).GetAsync("/api/v1/admin/seasons")).StatusCode);
    }

    private static object SeasonBody(int year, string opensAt, string closesAt) => new
    {
        year,
        name = $"登封市{year}年义务教育新生入学信息采集",
        homeCountyCode = "410185",
        opensAt,
        closesAt,
        primaryEntry = new { fullYears = 6, cutOff = $"{year}-08-31" },
        juniorMiddleEntry = new { earliestBirthDate = $"{year - 13}-09-01", latestBirthDate = $"{year - 12}-08-31" },
        overAgeMayBeConfirmed = true,
        urbanTownCodes = new[] { "410185001", "410185002" },
        socialInsuranceFrom = $"{year}-02",
        socialInsuranceTo = $"{year}-06",
        residencePermitValidOn = $"{year}-08-31",
    };

    [SkippableFact]
    public async Task Seasons_carry_every_policy_parameter_and_may_not_overlap()
    {
        var admin = await App.CreateAdminClientAsync();
        var overlap = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/seasons", SeasonBody(2030, "2024-08-01T00:00:00+08:00", "2024-12-31T00:00:00+08:00")), HttpStatusCode.Conflict);
        Assert.Equal("season.overlap", overlap.Code);

        var created = await admin.PostAsJsonAsync("/api/v1/admin/seasons", SeasonBody(2031, "2031-06-01T00:00:00+08:00", "2031-08-31T23:59:59+08:00"));
        var season = await Json.ReadAsync(created, HttpStatusCode.Created);
        Assert.Equal("2024-09-01", season.GetProperty("primaryEntry").GetProperty("earliestBirthDate").GetString());
        Assert.Equal(6, season.GetProperty("primaryEntry").GetProperty("fullYears").GetInt32());
        Assert.Equal("2018-09-01", season.GetProperty("juniorMiddleEntry").GetProperty("earliestBirthDate").GetString());
        Assert.True(season.GetProperty("overAgeMayBeConfirmed").GetBoolean());
        Assert.Equal("2031-02", season.GetProperty("socialInsuranceFrom").GetString());
        Assert.Equal("2031-06", season.GetProperty("socialInsuranceTo").GetString());
        Assert.Equal("2031-08-31", season.GetProperty("residencePermitValidOn").GetString());
        Assert.Equal(2, season.GetProperty("urbanTownCodes").GetArrayLength());

        var seasonId = season.GetProperty("id").GetGuid();
        var schools = await Json.ReadAsync(await admin.GetAsync($"/api/v1/admin/schools?seasonId={seasonId}"), HttpStatusCode.OK);
        Assert.Equal(new[] { "社会零星小学", "社会零星幼儿园" }, schools.EnumerateArray().Select(s => s.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToArray());

        var invalid = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/seasons", new { year = 2032, name = "x", homeCountyCode = "4101" }), HttpStatusCode.BadRequest);
        Assert.True(invalid.Errors.ContainsKey("homeCountyCode"));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/seasons/{seasonId}")).StatusCode);
    }

    [SkippableFact]
    public async Task Schools_and_classes_are_managed_and_imported_with_row_errors()
    {
        var admin = await App.CreateAdminClientAsync();
        var season = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK);
        var seasonId = season.GetProperty("id").GetGuid();

        var school = await Json.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/schools", new { seasonId, kind = "Kindergarten", name = "登封市东华镇中心幼儿园", classes = new[] { "大一班" } }), HttpStatusCode.Created);
        var schoolId = school.GetProperty("id").GetGuid();
        await Json.ReadAsync(await admin.PostAsJsonAsync($"/api/v1/admin/schools/{schoolId}/classes", new { name = "大二班" }), HttpStatusCode.Created);
        var duplicate = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/schools", new { seasonId, kind = "Kindergarten", name = "登封市东华镇中心幼儿园" }), HttpStatusCode.Conflict);
        Assert.Equal("school.name.duplicate", duplicate.Code);
        var classes = await Json.ReadAsync(await App.CreateClient().GetAsync($"/api/v1/schools/{schoolId}/classes"), HttpStatusCode.OK);
        Assert.Equal(2, classes.GetArrayLength());

        var bad = "学校类型,学校名称,班级名称\n幼儿园,登封市卢店镇中心幼儿园,大一班\n中学,登封市第一中学,初一班\n小学,,六（1）班\n";
        var rejected = await admin.PostAsync("/api/v1/admin/schools/imports", Upload(seasonId, bad, "schools.csv"));
        var problem = await Problem.ReadAsync(rejected, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("school.import.invalid", problem.Code);
        Assert.Contains("第3行", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("第4行", problem.Detail, StringComparison.Ordinal);

        var good = "学校类型,学校名称,班级名称\n幼儿园,登封市卢店镇中心幼儿园,大一班\n幼儿园,登封市卢店镇中心幼儿园,大二班\n小学,登封市卢店镇中心小学,六（1）班\n幼儿园,登封市东华镇中心幼儿园,大三班\n";
        var imported = await Json.ReadAsync(await admin.PostAsync("/api/v1/admin/schools/imports", Upload(seasonId, good, "schools.csv")), HttpStatusCode.OK);
        Assert.Equal(2, imported.GetProperty("schoolsCreated").GetInt32());
        Assert.Equal(4, imported.GetProperty("classesCreated").GetInt32());

        var kindergartens = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/schools?graduationType=KindergartenGraduate"), HttpStatusCode.OK);
        Assert.Equal("社会零星幼儿园", kindergartens.EnumerateArray().Last().GetProperty("name").GetString());
        Assert.Contains(kindergartens.EnumerateArray(), s => s.GetProperty("name").GetString() == "登封市卢店镇中心幼儿园");
    }

    [SkippableFact]
    public async Task Schools_are_imported_from_xlsx()
    {
        var admin = await App.CreateAdminClientAsync();
        var season = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK);
        var seasonId = season.GetProperty("id").GetGuid();
        using var sheet = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(sheet, new[]
        {
            new Dictionary<string, object> { ["学校类型"] = "小学", ["学校名称"] = "登封市颍阳镇中心小学", ["班级名称"] = "六（1）班" },
            new Dictionary<string, object> { ["学校类型"] = "小学", ["学校名称"] = "登封市颍阳镇中心小学", ["班级名称"] = "六（2）班" },
        });

        var content = new MultipartFormDataContent
        {
            { new StringContent(seasonId.ToString()), "seasonId" },
            { new ByteArrayContent(sheet.ToArray()), "file", "schools.xlsx" },
        };
        var imported = await Json.ReadAsync(await admin.PostAsync("/api/v1/admin/schools/imports", content), HttpStatusCode.OK);

        Assert.Equal(1, imported.GetProperty("schoolsCreated").GetInt32());
        Assert.Equal(2, imported.GetProperty("classesCreated").GetInt32());
        var primaries = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/schools?graduationType=PrimaryGraduate"), HttpStatusCode.OK);
        Assert.Contains(primaries.EnumerateArray(), s => s.GetProperty("name").GetString() == "登封市颍阳镇中心小学");
        Assert.Equal("社会零星小学", primaries.EnumerateArray().Last().GetProperty("name").GetString());
    }

    private static MultipartFormDataContent Upload(Guid seasonId, string csv, string fileName) => new()
    {
        { new StringContent(seasonId.ToString()), "seasonId" },
        { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", fileName },
    };
}

public sealed class WizardTests_Sqlite(SqliteFixture fixture) : WizardTests(fixture), IClassFixture<SqliteFixture>;

public sealed class WizardTests_PostgreSql(PostgreSqlFixture fixture) : WizardTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class WizardTests_SqlServer(SqlServerFixture fixture) : WizardTests(fixture), IClassFixture<SqlServerFixture>;
