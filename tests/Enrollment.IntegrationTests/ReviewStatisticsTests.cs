using System.Net;
using System.Text.Json;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary><c>GET /api/v1/review/statistics</c>: the admin dashboard's counts, in the caller's scope.</summary>
public abstract class ReviewStatisticsTests(AppFixture fixture)
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
    public async Task A_school_reviewer_counts_the_applications_of_their_schools_by_status_school_type_day_and_evidence()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var schoolA = await scenario.CreateSchoolAsync(admin);
        var schoolB = await scenario.CreateSchoolAsync(admin);
        var elsewhere = await scenario.CreateSchoolAsync(admin);
        var first = await scenario.SubmitAsync(schoolA, "张小明", new Dictionary<string, Dictionary<string, object?>> { ["property"] = ReviewScenario.Property() });
        await scenario.SubmitAsync(schoolA, "张小红", new Dictionary<string, Dictionary<string, object?>> { ["property"] = ReviewScenario.Property(), ["relocation"] = ReviewScenario.Relocation() });
        App.Clock.Advance(TimeSpan.FromDays(1));
        admin = await App.CreateAdminClientAsync(); // a staff session of yesterday may have ended
        var third = await scenario.SubmitAsync(schoolB, "李小刚");
        await scenario.SubmitAsync(elsewhere, "王小华", new Dictionary<string, Dictionary<string, object?>> { ["property"] = ReviewScenario.Property() });
        await SendAsync(new ReturnApplicationCommand(first.Id, ["户口簿地址与户口簿不一致"]));
        await SendAsync(new AcceptApplicationCommand(third.Id));
        var reviewer = await scenario.StaffAsync(admin, "SchoolReviewer", schoolA.School, schoolB.School);

        var stats = await Json.ReadAsync(await reviewer.GetAsync("/api/v1/review/statistics"), HttpStatusCode.OK);

        Assert.Equal(3, stats.GetProperty("total").GetInt32());
        Assert.Equal(
            [("UnderReview", "审核中", 1), ("Returned", "有误", 1), ("Accepted", "已提交", 1)],
            Counts(stats, "byStatus"));
        Assert.Equal([(schoolA.School.ToString(), schoolA.Name, 2), (schoolB.School.ToString(), schoolB.Name, 1)], Counts(stats, "bySchool"));
        Assert.Equal([("KindergartenGraduate", "幼儿园毕业生", 3), ("PrimaryGraduate", "小学毕业生", 0)], Counts(stats, "byGraduationType"));
        var days = Counts(stats, "byDay");
        Assert.Equal([2, 1], days.Select(d => d.Count));
        var firstDay = App.Clock.GetUtcNow().AddDays(-1).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(firstDay, days[0].Key);
        var evidence = Counts(stats, "byEvidenceKind");
        Assert.Equal(7, evidence.Count);
        Assert.Equal(("property", "房产信息", 2), evidence[0]);
        Assert.Equal(("relocation", "拆迁安置协议信息", 1), evidence.Single(e => e.Key == "relocation"));
        Assert.Equal(0, evidence.Single(e => e.Key == "residence-permit").Count);
    }

    [SkippableFact]
    public async Task A_district_admin_and_an_auditor_count_every_school_and_the_reviewer_of_an_empty_school_counts_nothing()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        await scenario.SubmitAsync(school, "张小明");
        var auditor = await scenario.StaffAsync(admin, "Auditor");
        var empty = await scenario.CreateSchoolAsync(admin);
        var nobody = await scenario.StaffAsync(admin, "SchoolReviewer", empty.School);

        foreach (var staff in new[] { admin, auditor })
        {
            var stats = await Json.ReadAsync(await staff.GetAsync("/api/v1/review/statistics"), HttpStatusCode.OK);
            Assert.Contains(Counts(stats, "bySchool"), s => s.Key == school.School.ToString() && s.Count == 1);
            Assert.True(stats.GetProperty("total").GetInt32() >= 1);
        }

        var none = await Json.ReadAsync(await nobody.GetAsync("/api/v1/review/statistics"), HttpStatusCode.OK);
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        Assert.Empty(none.GetProperty("bySchool").EnumerateArray());
        Assert.All(Counts(none, "byStatus"), s => Assert.Equal(0, s.Count));
    }

    [SkippableFact]
    public async Task Parents_and_anonymous_callers_cannot_read_the_statistics()
    {
        Assert.Equal("auth.required", (await Problem.ReadAsync(await App.CreateClient().GetAsync("/api/v1/review/statistics"), HttpStatusCode.Unauthorized)).Code);
        var parent = App.CreateParentClient(Guid.NewGuid());
        Assert.Contains((await parent.GetAsync("/api/v1/review/statistics")).StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
    }

    private static List<(string Key, string Label, int Count)> Counts(JsonElement stats, string list) =>
        [.. stats.GetProperty(list).EnumerateArray().Select(c => (c.GetProperty("key").GetString()!, c.GetProperty("label").GetString()!, c.GetProperty("count").GetInt32()))];

    private async Task SendAsync(ICommand command)
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }
}

public sealed class ReviewStatisticsTests_Sqlite(SqliteFixture fixture) : ReviewStatisticsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ReviewStatisticsTests_PostgreSql(PostgreSqlFixture fixture) : ReviewStatisticsTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class ReviewStatisticsTests_SqlServer(SqlServerFixture fixture) : ReviewStatisticsTests(fixture), IClassFixture<SqlServerFixture>;
