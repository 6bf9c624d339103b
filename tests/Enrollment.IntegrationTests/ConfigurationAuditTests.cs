using System.Net;
using System.Net.Http.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>Configuration changes of every module are lines of Review's audit trail, without the bodies (passwords, secrets).</summary>
public abstract class ConfigurationAuditTests(AppFixture fixture)
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
    public async Task Each_successful_admin_write_is_one_configure_line_without_its_body_and_refused_writes_and_reads_are_none()
    {
        var admin = await App.CreateAdminClientAsync();
        var scenario = new ReviewScenario(App);
        var school = await scenario.CreateSchoolAsync(admin);
        const string password = "Audit#Secret-2024";
        var userName = "cfg" + Guid.NewGuid().ToString("N")[..10];
        await Json.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName, displayName = "配置审计", password, role = "SchoolReviewer", schoolIds = new[] { school.School } }),
            HttpStatusCode.Created);
        var client = await Json.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/clients", new { name = "学籍系统审计", scopes = new[] { "applications:read" } }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName = "x", displayName = "", password = "1", role = "SchoolReviewer" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/staff")).StatusCode);

        var page = await Json.ReadAsync(await admin.GetAsync("/api/v1/review/audit?action=Configure&pageSize=200"), HttpStatusCode.OK);
        var lines = page.GetProperty("items").EnumerateArray().Select(l => (Detail: l.GetProperty("detail").GetString()!, Staff: l.GetProperty("staffName").GetString())).ToList();
        Assert.Contains(lines, l => l.Detail.StartsWith("新增 学校：POST /api/v1/admin/schools", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Detail.StartsWith("新增 工作人员：POST /api/v1/admin/staff", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Detail.StartsWith("新增 接口客户端：POST /api/v1/admin/clients", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Equal("admin", l.Staff));
        Assert.DoesNotContain(lines, l => l.Detail.Contains(password, StringComparison.Ordinal) || l.Detail.Contains(client.GetProperty("clientSecret").GetString()!, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Detail.Contains("：GET ", StringComparison.Ordinal));
    }
}

public sealed class ConfigurationAuditTests_Sqlite(SqliteFixture fixture) : ConfigurationAuditTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ConfigurationAuditTests_PostgreSql(PostgreSqlFixture fixture) : ConfigurationAuditTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class ConfigurationAuditTests_SqlServer(SqlServerFixture fixture) : ConfigurationAuditTests(fixture), IClassFixture<SqlServerFixture>;
