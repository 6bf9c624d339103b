using System.Net;
using System.Net.Http.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.SecurityTests;

/// <summary>
/// A staff cookie carries its account's security stamp and is checked on every request: disabling,
/// deleting, demoting, a change of schools, a new password and signing out end the session at once,
/// on this instance and on another one.
/// </summary>
public abstract class StaffSessionTests(AppFixture fixture)
{
    private const string Password = "Session#Strong1";

    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    [SkippableFact]
    public async Task A_disabled_account_is_refused_on_its_next_request()
    {
        var (id, session) = await NewStaffAsync("DistrictAdmin");
        Assert.Equal(HttpStatusCode.OK, (await session.SendAsync(App, HttpMethod.Get, "/api/v1/auth/staff/me")).StatusCode);

        var admin = await App.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/admin/staff/{id}", new { displayName = "测试", role = "DistrictAdmin", disabled = true })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.SendAsync(App, HttpMethod.Get, "/api/v1/auth/staff/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.SendAsync(App, HttpMethod.Get, "/api/v1/admin/staff")).StatusCode);
    }

    [SkippableFact]
    public async Task A_deleted_account_is_refused_on_its_next_request()
    {
        var (id, session) = await NewStaffAsync("Auditor");
        var admin = await App.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/staff/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.SendAsync(App, HttpMethod.Get, "/api/v1/auth/staff/me")).StatusCode);
    }

    [SkippableFact]
    public async Task A_demoted_admin_can_no_longer_create_an_admin()
    {
        var (id, session) = await NewStaffAsync("DistrictAdmin");
        var admin = await App.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/admin/staff/{id}", new { displayName = "测试", role = "Auditor" })).StatusCode);

        var attempt = await session.SendAsync(App, HttpMethod.Post, "/api/v1/admin/staff", new { userName = Staff.NewUserName("rogue"), displayName = "x", password = Password, role = "DistrictAdmin" });

        Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        var signedInAgain = await StaffSession.SignInAsync(App, await UserNameAsync(admin, id), Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await signedInAgain.SendAsync(App, HttpMethod.Get, "/api/v1/admin/staff")).StatusCode);
    }

    [SkippableFact]
    public async Task A_change_of_schools_ends_a_reviewers_session_but_a_new_display_name_does_not()
    {
        var school = Guid.NewGuid();
        var (id, session) = await NewStaffAsync("SchoolReviewer", school);
        var admin = await App.CreateAdminClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/admin/staff/{id}", new { displayName = "改名", role = "SchoolReviewer", schoolIds = new[] { school } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.SendAsync(App, HttpMethod.Get, "/api/v1/auth/staff/me")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/admin/staff/{id}", new { displayName = "改名", role = "SchoolReviewer", schoolIds = new[] { Guid.NewGuid() } })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.SendAsync(App, HttpMethod.Get, "/api/v1/auth/staff/me")).StatusCode);
    }

    [SkippableFact]
    public async Task A_new_password_ends_the_sessions_made_with_the_old_one()
    {
        var (id, session) = await NewStaffAsync("Auditor");
        var admin = await App.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/admin/staff/{id}", new { displayName = "测试", role = "Auditor", newPassword = "Another#Strong2" })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.SendAsync(App, HttpMethod.Get, "/api/v1/auth/staff/me")).StatusCode);
    }

    [SkippableFact]
    public async Task A_cookie_replayed_after_sign_out_is_refused()
    {
        var (_, session) = await NewStaffAsync("DistrictAdmin");
        Assert.Equal(HttpStatusCode.NoContent, (await session.SendAsync(App, HttpMethod.Post, "/api/v1/auth/staff/logout")).StatusCode);

        // The browser forgot the cookie; a copy of it is sent again.
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.SendAsync(App, HttpMethod.Get, "/api/v1/auth/staff/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.SendAsync(App, HttpMethod.Post, "/api/v1/admin/staff", new { userName = Staff.NewUserName("rogue"), displayName = "x", password = Password, role = "DistrictAdmin" })).StatusCode);
    }

    [SkippableFact]
    public async Task The_common_logout_ends_a_staff_session_too()
    {
        var (_, session) = await NewStaffAsync("Auditor");
        Assert.Equal(HttpStatusCode.NoContent, (await session.SendAsync(App, HttpMethod.Post, "/api/v1/auth/logout")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.SendAsync(App, HttpMethod.Get, "/api/v1/auth/staff/me")).StatusCode);
    }

    [SkippableFact]
    public async Task A_change_made_on_one_instance_ends_the_session_on_another()
    {
        _ = App;
        await using var other = fixture.StartApp(fixture.ConnectionString, new Dictionary<string, string?> { ["Identity:StaffSessions:StampCheckCache"] = "00:00:00" });
        var (id, session) = await NewStaffAsync("DistrictAdmin");
        Assert.Equal(HttpStatusCode.OK, (await session.SendAsync(other, HttpMethod.Get, "/api/v1/admin/staff")).StatusCode);

        var admin = await App.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/admin/staff/{id}", new { displayName = "测试", role = "Auditor" })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.SendAsync(other, HttpMethod.Get, "/api/v1/admin/staff")).StatusCode);
    }

    private async Task<(Guid Id, StaffSession Session)> NewStaffAsync(string role, params Guid[] schoolIds)
    {
        var userName = Staff.NewUserName("s");
        var id = await Staff.CreateAsync(await App.CreateAdminClientAsync(), userName, Password, role, schoolIds);
        return (id, await StaffSession.SignInAsync(App, userName, Password));
    }

    private static async Task<string> UserNameAsync(HttpClient admin, Guid id) =>
        (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/admin/staff/{id}")).GetProperty("userName").GetString()!;
}

public sealed class StaffSessionTests_Sqlite(SqliteFixture fixture) : StaffSessionTests(fixture), IClassFixture<SqliteFixture>;

public sealed class StaffSessionTests_PostgreSql(PostgreSqlFixture fixture) : StaffSessionTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class StaffSessionTests_SqlServer(SqlServerFixture fixture) : StaffSessionTests(fixture), IClassFixture<SqlServerFixture>;
