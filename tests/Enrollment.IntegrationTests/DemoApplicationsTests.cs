using System.Net;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>Development's demo data: the demo reviewer covers a kindergarten and a primary school and finds applications in every status.</summary>
public abstract class DemoApplicationsTests(AppFixture fixture)
{
    [SkippableFact]
    public async Task The_demo_reviewer_sees_demo_applications_of_both_schools_in_every_status()
    {
        var (connectionString, skip) = await fixture.CreateDatabaseAsync(Path.GetTempPath());
        Skip.If(skip is not null, skip);
        await using var app = fixture.StartApp(connectionString!, new Dictionary<string, string?> { ["Review:DemoApplications:Enabled"] = "true" });
        var reviewer = await app.CreateStaffClientAsync("reviewer", "Review#2024");

        var queue = await Json.ReadAsync(await reviewer.GetAsync("/api/v1/review/applications?pageSize=100"), HttpStatusCode.OK);
        var items = queue.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(6, queue.GetProperty("total").GetInt32());
        Assert.Equal(
            ["Accepted", "Returned", "UnderReview"],
            items.Select(i => i.GetProperty("status").GetString()).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(
            ["登封市实验小学", "登封市直属机关幼儿园"],
            items.Select(i => i.GetProperty("schoolName").GetString()).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(2, items.Select(i => i.GetProperty("graduationType").GetString()).Distinct().Count());

        var returned = items.First(i => i.GetProperty("status").GetString() == "Returned").GetProperty("id").GetGuid();
        var detail = await Json.ReadAsync(await reviewer.GetAsync($"/api/v1/review/applications/{returned}"), HttpStatusCode.OK);
        Assert.Equal("community", Assert.Single(detail.GetProperty("returnedFields").EnumerateArray()).GetProperty("field").GetString());
        Assert.Equal("Passed", detail.GetProperty("preCheckOutcome").GetString());

        // A second start seeds nothing more.
        await using var again = fixture.StartApp(connectionString!, new Dictionary<string, string?> { ["Review:DemoApplications:Enabled"] = "true" });
        var admin = await again.CreateAdminClientAsync();
        Assert.Equal(6, (await Json.ReadAsync(await admin.GetAsync("/api/v1/review/applications"), HttpStatusCode.OK)).GetProperty("total").GetInt32());
    }
}

public sealed class DemoApplicationsTests_Sqlite(SqliteFixture fixture) : DemoApplicationsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DemoApplicationsTests_PostgreSql(PostgreSqlFixture fixture) : DemoApplicationsTests(fixture), IClassFixture<PostgreSqlFixture>;
