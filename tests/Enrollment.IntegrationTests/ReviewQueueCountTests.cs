using System.Net;
using System.Net.Http.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The queue's total over HTTP (issue 17, ADR-0046): counted up to <c>Review:Queue:ExactCountUpTo</c> and then answered as
/// "at least" (<c>totalExact: false</c>), never past the page's end plus one, exact with <c>count=exact</c> and whenever the
/// page tells it. A second host on the same database runs with a limit of 2, so four applications are "a large queue".
/// </summary>
public abstract class ReviewQueueCountTests(AppFixture fixture)
{
    [SkippableFact]
    public async Task A_large_queue_is_counted_up_to_the_limit_and_says_so_and_exactly_on_request()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var app = fixture.App;
        var scenario = new ReviewScenario(app);
        var admin = await app.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        foreach (var name in new[] { "甲小明", "乙小明", "丙小刚", "丁小明" })
        {
            await scenario.SubmitAsync(school, name);
        }

        var userName = "rv" + Guid.NewGuid().ToString("N")[..10];
        const string password = "Review#2024x";
        await Json.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName, displayName = "审核员", password, role = "SchoolReviewer", schoolIds = new[] { school.School } }),
            HttpStatusCode.Created);
        await using var limited = fixture.StartApp(fixture.ConnectionString, new Dictionary<string, string?> { ["Review:Queue:ExactCountUpTo"] = "2" });
        var reviewer = await limited.CreateStaffClientAsync(userName, password);

        async Task<(int Total, bool Exact, int Items)> Page(HttpClient client, string query)
        {
            var page = await Json.ReadAsync(await client.GetAsync("/api/v1/review/applications?" + query), HttpStatusCode.OK);
            return (page.GetProperty("total").GetInt32(), page.GetProperty("totalExact").GetBoolean(), page.GetProperty("items").GetArrayLength());
        }

        // Four match; the count stops at two: "at least 2", never shown as exact.
        Assert.Equal((2, false, 1), await Page(reviewer, "pageSize=1"));
        Assert.Equal((2, false, 1), await Page(reviewer, "pageSize=1&status=UnderReview&count=limited"));
        // Asked for, every match is counted.
        Assert.Equal((4, true, 1), await Page(reviewer, "pageSize=1&count=exact"));
        // Deeper in the queue the count goes to the page's end and one more, so the next page is known to exist: here
        // it reaches four (there are exactly four), which it can only report as "at least 4".
        Assert.Equal((4, false, 1), await Page(reviewer, "pageSize=1&page=3"));
        // The last page tells the total, and so does a page past the end (counted up to its own start).
        Assert.Equal((4, true, 1), await Page(reviewer, "pageSize=3&page=2"));
        Assert.Equal((4, true, 0), await Page(reviewer, "pageSize=1&page=9"));
        // A filter that matches fewer than the limit is exact.
        Assert.Equal((1, true, 1), await Page(reviewer, "q=" + Uri.EscapeDataString("丙小刚")));
        // A name search through the grams (ADR-0050: its matches read once for the page and the count) counts the same
        // way: three hold 小明, at least two are told on the first page, the page's end and one more deeper, all when asked.
        var xiaoMing = "q=" + Uri.EscapeDataString("小明");
        Assert.Equal((2, false, 1), await Page(reviewer, xiaoMing + "&pageSize=1"));
        Assert.Equal((3, true, 1), await Page(reviewer, xiaoMing + "&pageSize=1&count=exact"));
        Assert.Equal((3, false, 1), await Page(reviewer, xiaoMing + "&pageSize=1&page=2"));
        Assert.Equal((3, true, 1), await Page(reviewer, xiaoMing + "&pageSize=2&page=2"));
        Assert.Equal((3, true, 0), await Page(reviewer, xiaoMing + "&pageSize=1&page=9"));
        Assert.Equal((3, true, 3), await Page(reviewer, xiaoMing));

        // With the default limit (10,000) the same queue is exact.
        var sameReviewer = await app.CreateStaffClientAsync(userName, password);
        Assert.Equal((4, true, 1), await Page(sameReviewer, "pageSize=1"));

        var problem = await Problem.ReadAsync(await reviewer.GetAsync("/api/v1/review/applications?count=all"), HttpStatusCode.BadRequest);
        Assert.Equal("validation.failed", problem.Code);
        Assert.Equal("count", problem.Errors.Keys.Single());
        // A page so far that its offset would not fit the count's limit is refused, not a 500.
        var far = await Problem.ReadAsync(await reviewer.GetAsync("/api/v1/review/applications?page=2000000000&pageSize=100"), HttpStatusCode.BadRequest);
        Assert.Equal("page", far.Errors.Keys.Single());
    }
}

public sealed class ReviewQueueCountTests_Sqlite(SqliteFixture fixture) : ReviewQueueCountTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ReviewQueueCountTests_PostgreSql(PostgreSqlFixture fixture) : ReviewQueueCountTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class ReviewQueueCountTests_SqlServer(SqlServerFixture fixture) : ReviewQueueCountTests(fixture), IClassFixture<SqlServerFixture>;
