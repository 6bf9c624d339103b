using System.Net;
using System.Net.Http.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>Outside Development (and Demo) neither the old stand-in header nor the WeChat simulator exists.</summary>
public sealed class ProductionModeTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task The_development_parent_header_is_ignored_and_parent_endpoints_answer_401()
    {
        var (connectionString, _) = await fixture.CreateDatabaseAsync(Path.GetTempPath());
        await using var app = fixture.StartApp(connectionString!, EnrollmentApp.SafeProductionSettings(), environment: "Production");

        var withHeader = app.CreateClient();
        withHeader.DefaultRequestHeaders.Add("X-Development-Parent-Id", Guid.NewGuid().ToString());
        var response = await withHeader.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task The_wechat_simulator_does_not_exist_outside_development()
    {
        var (connectionString, _) = await fixture.CreateDatabaseAsync(Path.GetTempPath());
        await using var app = fixture.StartApp(connectionString!, EnrollmentApp.SafeProductionSettings(), environment: "Production");

        var response = await app.CreateClient().GetAsync("/_wechat-sim/inspect");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
