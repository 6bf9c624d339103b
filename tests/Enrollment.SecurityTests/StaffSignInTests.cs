using System.Net;
using System.Net.Http.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.SecurityTests;

/// <summary>Sign-in answers that do not tell a user name apart, and the staff password policy.</summary>
public sealed class StaffSignInTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Unknown_disabled_wrong_and_locked_out_sign_ins_answer_exactly_alike()
    {
        var admin = await fixture.App.CreateAdminClientAsync();
        var locked = Staff.NewUserName("l");
        await Staff.CreateAsync(admin, locked, "Locked#Strong1", "Auditor");
        var disabled = Staff.NewUserName("d");
        var disabledId = await Staff.CreateAsync(admin, disabled, "Disabled#Strong1", "Auditor");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/admin/staff/{disabledId}", new { displayName = "测试", role = "Auditor", disabled = true })).StatusCode);
        var client = fixture.App.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName = locked, password = "wrong-" + i });
        }

        var answers = new[]
        {
            await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName = Staff.NewUserName("nobody"), password = "whatever" }),
            await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName = "admin", password = "wrong" }),
            await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName = disabled, password = "Disabled#Strong1" }),
            await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName = locked, password = "wrong" }),
            await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName = locked, password = "Locked#Strong1" }),
        };

        var bodies = new List<string>();
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            var problem = System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
            bodies.Add($"{problem.GetProperty("code").GetString()}|{problem.GetProperty("title").GetString()}|{problem.GetProperty("detail").GetString()}");
        }

        Assert.Single(bodies.Distinct());
    }

    [Theory]
    [InlineData("12345678", "密码至少10位")]
    [InlineData("1234567890", "密码过于常见，请换一个不易猜到的密码")]
    [InlineData("Password123", "密码过于常见，请换一个不易猜到的密码")]
    [InlineData("aaaaaaaaaaaa", "密码过于常见，请换一个不易猜到的密码")]
    [InlineData("abcdefghijkl", "密码过于常见，请换一个不易猜到的密码")]
    [InlineData("Admin#2024", "密码过于常见，请换一个不易猜到的密码")]
    public async Task A_district_admin_cannot_be_given_a_weak_password(string password, string message)
    {
        var admin = await fixture.App.CreateAdminClientAsync();

        var refused = await Problem.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName = Staff.NewUserName("w"), displayName = "x", password, role = "DistrictAdmin" }),
            HttpStatusCode.BadRequest);

        Assert.Equal([message], refused.Errors["password"]);
    }

    [Fact]
    public async Task A_password_containing_the_user_name_is_refused_and_a_reset_is_held_to_the_policy()
    {
        var admin = await fixture.App.CreateAdminClientAsync();
        var userName = Staff.NewUserName("wang");
        var containing = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName, displayName = "x", password = userName + "#2024", role = "Auditor" }), HttpStatusCode.BadRequest);
        Assert.Equal(["密码不能包含用户名"], containing.Errors["password"]);

        var id = await Staff.CreateAsync(admin, userName, "Good#Password-1", "Auditor");
        var reset = await Problem.ReadAsync(await admin.PutAsJsonAsync($"/api/v1/admin/staff/{id}", new { displayName = "x", role = "Auditor", newPassword = "12345678" }), HttpStatusCode.BadRequest);
        Assert.Contains("newPassword", reset.Errors.Keys);
    }
}
