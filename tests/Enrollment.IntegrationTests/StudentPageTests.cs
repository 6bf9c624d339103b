using System.Net;
using System.Net.Http.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The foundation's vertical slice over HTTP: start an application (page 1) and save the student
/// (page 2), with every rule answered as problem details. The same tests run on each provider.
/// </summary>
public abstract class StudentPageTests(AppFixture fixture)
{
    private const string Saved = "学生信息保存成功";

    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    [SkippableFact]
    public async Task Starting_an_application_answers_201_with_its_location_and_a_draft()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var response = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });

        var body = await Json.ReadAsync(response, HttpStatusCode.Created);
        Assert.Equal($"/api/v1/applications/{body.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        Assert.Equal("Draft", body.GetProperty("status").GetString());
        Assert.Equal("填写中", body.GetProperty("statusText").GetString());

        var read = await Json.ReadAsync(await parent.GetAsync(response.Headers.Location), HttpStatusCode.OK);
        Assert.Equal("KindergartenGraduate", read.GetProperty("graduationType").GetString());
    }

    [SkippableTheory]
    [InlineData("""{"graduationType":"Kindergarten"}""")]
    [InlineData("""{"graduationType":"1"}""")]
    [InlineData("""{}""")]
    public async Task An_unknown_graduation_type_is_a_field_error(string json)
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var response = await parent.PostAsync("/api/v1/applications", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["请选择毕业类型"], problem.Errors["graduationType"]);
    }

    [SkippableFact]
    public async Task Malformed_json_is_a_problem_not_a_crash()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var response = await parent.PostAsync("/api/v1/applications", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("request.malformed", problem.Code);
    }

    [SkippableFact]
    public async Task Without_a_signed_in_parent_the_api_answers_401()
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [SkippableFact]
    public async Task Saving_the_student_derives_gender_and_birth_date_and_keeps_the_id_upper_case()
    {
        var (parent, location) = await StartAsync("KindergartenGraduate");
        var id = TestIds.For(new DateOnly(2018, 3, 5), male: false);

        var response = await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "王小雨", id.ToLowerInvariant()));

        var body = await Json.ReadAsync(response, HttpStatusCode.OK);
        Assert.Equal(Saved, body.GetProperty("message").GetString());
        var student = body.GetProperty("application").GetProperty("student");
        Assert.Equal(id.ToUpperInvariant(), student.GetProperty("residentId").GetString());
        Assert.Equal("Female", student.GetProperty("gender").GetString());
        Assert.Equal("2018-03-05", student.GetProperty("birthDate").GetString());

        var read = await Json.ReadAsync(await parent.GetAsync(location), HttpStatusCode.OK);
        Assert.Equal("王小雨", read.GetProperty("student").GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task Saving_the_same_student_twice_on_one_application_is_idempotent()
    {
        var (parent, location) = await StartAsync("KindergartenGraduate");
        var id = TestIds.Primary2024();

        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "李明", id)), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "李明", id)), HttpStatusCode.OK);
    }

    public static TheoryData<string, string> InvalidIds => new()
    {
        { "410185201803050010", "身份证号校验位错误，请核对是否填写有误" },
        { WithCheck("41018520230230001"), "身份证号中的出生日期无效，请核对" },
        { "410185180305001", "请填写18位身份证号，15位旧身份证号不再受理" },
        { "41018520180305001", "身份证号应为18位" },
        { "4101852018030500AX", "身份证号前17位应为数字，最后一位为数字或X" },
        { "", "请填写身份证号" },
    };

    [SkippableTheory]
    [MemberData(nameof(InvalidIds))]
    public async Task An_invalid_resident_id_is_a_field_error_in_chinese(string residentId, string message)
    {
        var (parent, location) = await StartAsync("KindergartenGraduate");
        var response = await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "李明", residentId));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("validation.failed", problem.Code);
        Assert.Equal([message], problem.Errors["residentId"]);
    }

    [SkippableFact]
    public async Task An_invalid_name_is_a_field_error_and_nothing_is_saved()
    {
        var (parent, location) = await StartAsync("KindergartenGraduate");
        var response = await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "Li Ming", TestIds.Primary2024()));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["姓名应为2至30个汉字，少数民族姓名中间可用“·”分隔"], problem.Errors["name"]);
        var read = await Json.ReadAsync(await parent.GetAsync(location), HttpStatusCode.OK);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("student").ValueKind);
    }

    [SkippableFact]
    public async Task The_same_child_in_the_same_season_is_refused_with_409_for_another_parent()
    {
        var id = TestIds.Primary2024();
        var (first, firstLocation) = await StartAsync("KindergartenGraduate");
        await Json.ReadAsync(await first.PutAsJsonAsync($"{firstLocation}/student", await Wizard.StudentAsync(App, "赵一", id)), HttpStatusCode.OK);

        var (second, secondLocation) = await StartAsync("KindergartenGraduate");
        var response = await second.PutAsJsonAsync($"{secondLocation}/student", await Wizard.StudentAsync(App, "赵一", id));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("student.id.duplicate", problem.Code);
        Assert.Equal("此学生信息已经登记", problem.Title);
        Assert.Equal(["此学生信息已经登记"], problem.Errors["residentId"]);
    }

    public static TheoryData<string, string, int, string?> AgeBoundaries => new()
    {
        // Primary (kindergarten graduates), 2024: born 2017-09-01 … 2018-08-31.
        { "KindergartenGraduate", "2017-09-01", 200, null },
        { "KindergartenGraduate", "2018-08-31", 200, null },
        { "KindergartenGraduate", "2018-09-01", 422, "student.age.too-young" },
        { "KindergartenGraduate", "2017-08-31", 422, "student.age.too-old" },
        // Junior middle (primary graduates), 2024: born 2011-09-01 … 2012-08-31.
        { "PrimaryGraduate", "2011-09-01", 200, null },
        { "PrimaryGraduate", "2012-08-31", 200, null },
        { "PrimaryGraduate", "2012-09-01", 422, "student.age.too-young" },
        { "PrimaryGraduate", "2011-08-31", 422, "student.age.too-old" },
    };

    [SkippableTheory]
    [MemberData(nameof(AgeBoundaries))]
    public async Task The_age_window_of_the_season_decides_at_its_first_and_last_day(string graduationType, string birthDate, int status, string? code)
    {
        var (parent, location) = await StartAsync(graduationType);
        var response = await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "孙小明", TestIds.For(DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture)), graduationType));

        if (code is null)
        {
            await Json.ReadAsync(response, HttpStatusCode.OK);
            return;
        }

        var problem = await Problem.ReadAsync(response, (HttpStatusCode)status);
        Assert.Equal(code, problem.Code);
        var message = code == "student.age.too-young" ? "学生年龄不足，无须采集" : "学生年龄超过上学年龄，请确认是否填写有误";
        Assert.Equal(message, problem.Title);
        Assert.Equal([message], problem.Errors["residentId"]);
    }

    [SkippableFact]
    public async Task Another_parents_application_is_not_found()
    {
        var (_, location) = await StartAsync("KindergartenGraduate");
        var stranger = App.CreateParentClient(Guid.NewGuid());

        await Problem.ReadAsync(await stranger.GetAsync(location), HttpStatusCode.NotFound);
        var response = await stranger.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "李明", TestIds.Primary2024()));
        var problem = await Problem.ReadAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("not-found", problem.Code);
    }

    [SkippableFact]
    public async Task Twenty_parallel_saves_of_one_child_end_with_exactly_one_success()
    {
        var id = TestIds.Primary2024();
        var drafts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => StartAsync("KindergartenGraduate")));

        var body = await Wizard.StudentAsync(App, "周同", id);
        var responses = await Task.WhenAll(drafts.Select(d =>
            d.Parent.PutAsJsonAsync($"{d.Location}/student", body)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Equal(19, refused.Count);
        foreach (var response in refused)
        {
            var problem = await Problem.ReadAsync(response, HttpStatusCode.Conflict);
            Assert.Equal("student.id.duplicate", problem.Code);
        }
    }

    private async Task<(HttpClient Parent, string Location)> StartAsync(string graduationType)
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var response = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (parent, response.Headers.Location!.OriginalString);
    }

    private static string WithCheck(string body) => body + Enrollment.Modules.Registration.Domain.Students.ResidentIdNumber.CheckCharacterOf(body);
}

public sealed class StudentPageTests_Sqlite(SqliteFixture fixture) : StudentPageTests(fixture), IClassFixture<SqliteFixture>;

public sealed class StudentPageTests_PostgreSql(PostgreSqlFixture fixture) : StudentPageTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class StudentPageTests_SqlServer(SqlServerFixture fixture) : StudentPageTests(fixture), IClassFixture<SqlServerFixture>;
