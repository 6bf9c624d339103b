using System.Net;
using System.Net.Http.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>Outside Development the development stand-in for parents does not exist.</summary>
public sealed class ProductionModeTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task The_development_parent_header_is_ignored_and_parent_endpoints_answer_401()
    {
        var (connectionString, _) = await fixture.CreateDatabaseAsync(Path.GetTempPath());
        await using var app = fixture.StartApp(connectionString!, environment: "Production");

        var withHeader = app.CreateParentClient(Guid.NewGuid());
        var response = await withHeader.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health/ready")).StatusCode);
    }
}
