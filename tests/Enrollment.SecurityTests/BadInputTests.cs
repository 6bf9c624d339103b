using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.SecurityTests;

/// <summary>
/// Every bad input the attack found answers 4xx — with the field where there is one — and never 500:
/// the token endpoint's bodies, return URLs, control characters in any text field, values of the wrong type.
/// </summary>
public abstract class BadInputTests(AppFixture fixture)
{
    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    public static TheoryData<string, string> TokenBodies() => new()
    {
        { "application/json", "not json" },
        { "application/json", "{" },
        { "application/json", "[]" },
        { "application/json", "\"client_credentials\"" },
        { "application/json", "{\"grant_type\":\"client_credentials\",\"client_id\":5}" },
        { "application/json", "{\"grant_type\":{\"a\":1}}" },
        { "application/json", string.Empty },
        { "text/plain", "grant_type=client_credentials" },
        { "application/xml", "<grant_type>client_credentials</grant_type>" },
        { "application/x-www-form-urlencoded", "grant_type=client_credentials&client_id=a%00b&client_secret=x" },
        { "application/json", "{\"grant_type\":\"client_credentials\",\"client_id\":\"\\u0000\",\"client_secret\":\"x\"}" },
    };

    [SkippableTheory]
    [MemberData(nameof(TokenBodies))]
    public async Task The_token_endpoint_answers_400_invalid_request_to_a_body_it_cannot_read(string contentType, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);

        var response = await App.CreateClient().PostAsync("/api/v1/auth/token", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [SkippableFact]
    public async Task A_non_ascii_return_url_comes_back_percent_encoded_after_sign_in()
    {
        var client = App.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler());
        var authorize = await client.GetAsync("/api/v1/auth/wechat/authorize?returnUrl=" + Uri.EscapeDataString("/h5/学生?tab=父母"));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var weChat = authorize.Headers.Location!.OriginalString.Split('#')[0];
        var picked = await client.GetAsync(weChat + "&openid=o" + Guid.NewGuid().ToString("N"));

        var signedIn = await client.GetAsync(picked.Headers.Location!);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/h5/%E5%AD%A6%E7%94%9F?tab=%E7%88%B6%E6%AF%8D", signedIn.Headers.Location!.OriginalString);
    }

    [SkippableTheory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/h5/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/h5/\u0000")]
    public async Task A_return_url_of_another_site_is_refused_with_its_field(string returnUrl)
    {
        var problem = await Problem.ReadAsync(await App.CreateClient().GetAsync("/api/v1/auth/wechat/authorize?returnUrl=" + Uri.EscapeDataString(returnUrl)), HttpStatusCode.BadRequest);

        Assert.Contains("returnUrl", problem.Errors.Keys);
    }

    public static TheoryData<string> ControlCharacters() => new() { "\u0000", "\u001b[31m", "\u202e", "\u2066", "\u0085", "\u0007" };

    [SkippableTheory]
    [MemberData(nameof(ControlCharacters))]
    public async Task A_control_character_in_any_text_field_is_a_field_error(string control)
    {
        var parent = App.CreateParentClient(Guid.NewGuid());

        var me = await Problem.ReadAsync(await parent.PutAsJsonAsync("/api/v1/me", new { name = "王" + control + "芳", relationship = "Mother" }), HttpStatusCode.BadRequest);
        Assert.Equal("validation.failed", me.Code);
        Assert.Equal(["不能包含控制字符"], me.Errors["name"]);

        var started = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var nested = await Problem.ReadAsync(
            await parent.PutAsJsonAsync($"/api/v1/applications/{id}/guardians", new { father = new { name = "张三", addressDetail = "嵩阳路" + control + "1号" } }),
            HttpStatusCode.BadRequest);
        Assert.Contains("father.addressDetail", nested.Errors.Keys);

        var admin = await App.CreateAdminClientAsync();
        var staff = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName = "x" + control, displayName = "x", password = "Long#Password1", role = "Auditor" }), HttpStatusCode.BadRequest);
        Assert.Contains("userName", staff.Errors.Keys);

        var signIn = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/staff/login", new { userName = "admin" + control, password = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);

        var search = await Problem.ReadAsync(await App.CreateClient().GetAsync("/api/v1/regions?q=" + Uri.EscapeDataString("登封" + control)), HttpStatusCode.BadRequest);
        Assert.Contains("q", search.Errors.Keys);
    }

    [SkippableFact]
    public async Task A_value_of_the_wrong_type_names_its_field()
    {
        var admin = await App.CreateAdminClientAsync();
        var parent = App.CreateParentClient(Guid.NewGuid());

        var number = await Problem.ReadAsync(await admin.PostAsync("/api/v1/admin/staff", Json("{\"userName\":5,\"displayName\":\"x\",\"password\":\"Long#Password1\",\"role\":\"Auditor\"}")), HttpStatusCode.BadRequest);
        Assert.Equal("validation.failed", number.Code);
        Assert.Contains("userName", number.Errors.Keys);

        var list = await Problem.ReadAsync(await admin.PostAsync("/api/v1/admin/staff", Json("{\"userName\":\"abc\",\"displayName\":\"x\",\"password\":\"Long#Password1\",\"role\":\"SchoolReviewer\",\"schoolIds\":[\"not-a-guid\"]}")), HttpStatusCode.BadRequest);
        Assert.Contains("schoolIds[0]", list.Errors.Keys);

        var nested = await Problem.ReadAsync(await parent.PutAsync("/api/v1/me", Json("{\"name\":{\"a\":1}}")), HttpStatusCode.BadRequest);
        Assert.Contains("name", nested.Errors.Keys);

        var query = await Problem.ReadAsync(await admin.GetAsync("/api/v1/review/applications?page=abc"), HttpStatusCode.BadRequest);
        Assert.Contains("page", query.Errors.Keys);

        var notJson = await Problem.ReadAsync(await parent.PutAsync("/api/v1/me", Json("{name")), HttpStatusCode.BadRequest);
        Assert.Equal("request.malformed", notJson.Code);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}

public sealed class BadInputTests_Sqlite(SqliteFixture fixture) : BadInputTests(fixture), IClassFixture<SqliteFixture>;

public sealed class BadInputTests_PostgreSql(PostgreSqlFixture fixture) : BadInputTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class BadInputTests_SqlServer(SqlServerFixture fixture) : BadInputTests(fixture), IClassFixture<SqlServerFixture>;
