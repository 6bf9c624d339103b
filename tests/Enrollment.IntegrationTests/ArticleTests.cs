using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// 家长必读 on each provider: the district admin writes, publishes, edits and deletes articles at
/// <c>/api/v1/admin/articles</c>; anyone, signed in or not, reads the published ones at <c>/api/v1/articles</c>.
/// Development seeds a few articles, so each test looks only at the ones it made.
/// </summary>
public abstract class ArticleTests(AppFixture fixture)
{
    private const string Admin = "/api/v1/admin/articles";
    private const string Public = "/api/v1/articles";

    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    private static object Request(string title, string body = "第一段\n第二段", int sortOrder = 0, bool isPublished = false) =>
        new { title, body, sortOrder, isPublished };

    private static async Task<JsonElement> CreateAsync(HttpClient admin, object request)
    {
        var response = await admin.PostAsJsonAsync(Admin, request);
        var created = await Json.ReadAsync(response, HttpStatusCode.Created);
        Assert.Equal($"{Admin}/{created.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        return created;
    }

    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..20];

    [SkippableFact]
    public async Task The_admin_writes_publishes_edits_and_deletes_and_parents_see_only_what_is_published()
    {
        var admin = await App.CreateAdminClientAsync();
        var anonymous = App.CreateClient();
        var title = Unique("常见问题");

        var draft = await CreateAsync(admin, Request(title, "问：提示「此学生信息已经登记」怎么办？\r\n答：请在毕业生列表中查看。", sortOrder: 5));
        var id = draft.GetProperty("id").GetString();
        Assert.False(draft.GetProperty("isPublished").GetBoolean());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("publishedAt").ValueKind);

        // Unpublished: not in the list, 404 on its own.
        var list = await Json.ReadAsync(await anonymous.GetAsync(Public), HttpStatusCode.OK);
        Assert.DoesNotContain(list.EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        var hidden = await Problem.ReadAsync(await anonymous.GetAsync($"{Public}/{id}"), HttpStatusCode.NotFound);
        Assert.Equal("not-found", hidden.Code);

        // The admin sees it with its state and order.
        var all = await Json.ReadAsync(await admin.GetAsync(Admin), HttpStatusCode.OK);
        var mine = Assert.Single(all.EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.Equal(5, mine.GetProperty("sortOrder").GetInt32());
        Assert.False(mine.GetProperty("isPublished").GetBoolean());

        // Published: listed with a one-line summary, readable without signing in.
        var published = await Json.ReadAsync(await admin.PutAsJsonAsync($"{Admin}/{id}", Request(title, "问：提示「此学生信息已经登记」怎么办？\n答：请在毕业生列表中查看。", 5, true)), HttpStatusCode.OK);
        Assert.True(published.GetProperty("isPublished").GetBoolean());
        var publishedAt = published.GetProperty("publishedAt").GetDateTimeOffset();

        list = await Json.ReadAsync(await anonymous.GetAsync(Public), HttpStatusCode.OK);
        var line = Assert.Single(list.EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.Equal(title, line.GetProperty("title").GetString());
        Assert.Equal("问：提示「此学生信息已经登记」怎么办？ 答：请在毕业生列表中查看。", line.GetProperty("summary").GetString());
        Assert.False(line.TryGetProperty("body", out _));

        var article = await Json.ReadAsync(await anonymous.GetAsync($"{Public}/{id}"), HttpStatusCode.OK);
        Assert.Equal("问：提示「此学生信息已经登记」怎么办？\n答：请在毕业生列表中查看。", article.GetProperty("body").GetString());
        Assert.Equal(publishedAt, article.GetProperty("publishedAt").GetDateTimeOffset());
        Assert.True(article.TryGetProperty("updatedAt", out _));

        // Edited while published: the first publication time stays.
        var edited = await Json.ReadAsync(await admin.PutAsJsonAsync($"{Admin}/{id}", Request(title + "改", "新的正文", 5, true)), HttpStatusCode.OK);
        Assert.Equal(publishedAt, edited.GetProperty("publishedAt").GetDateTimeOffset());
        article = await Json.ReadAsync(await anonymous.GetAsync($"{Public}/{id}"), HttpStatusCode.OK);
        Assert.Equal("新的正文", article.GetProperty("body").GetString());

        // Unpublished again: gone for parents.
        await Json.ReadAsync(await admin.PutAsJsonAsync($"{Admin}/{id}", Request(title, "新的正文", 5, false)), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{Public}/{id}")).StatusCode);

        // Deleted.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Admin}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Admin}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"{Admin}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"{Admin}/{id}", Request(title))).StatusCode);
    }

    [SkippableFact]
    public async Task Parents_see_articles_by_sort_order_then_newest_first()
    {
        var admin = await App.CreateAdminClientAsync();
        var first = await CreateAsync(admin, Request(Unique("排序一"), sortOrder: 9001, isPublished: true));
        var older = await CreateAsync(admin, Request(Unique("排序二"), sortOrder: 9002, isPublished: true));
        // The host's clock is pinned: move it so that the second publication is the newer one.
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await CreateAsync(admin, Request(Unique("排序三"), sortOrder: 9002, isPublished: true));

        var list = await Json.ReadAsync(await App.CreateClient().GetAsync(Public), HttpStatusCode.OK);
        var ids = list.EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        var order = new[] { first, newer, older }.Select(a => ids.IndexOf(a.GetProperty("id").GetString())).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);

        foreach (var article in new[] { first, older, newer })
        {
            await admin.DeleteAsync($"{Admin}/{article.GetProperty("id").GetString()}");
        }
    }

    [SkippableFact]
    public async Task Wrong_fields_answer_400_with_chinese_messages()
    {
        var admin = await App.CreateAdminClientAsync();

        var empty = await Problem.ReadAsync(await admin.PostAsJsonAsync(Admin, new { title = " ", body = "" }), HttpStatusCode.BadRequest);
        Assert.Equal("validation.failed", empty.Code);
        Assert.Equal(["请填写标题"], empty.Errors["title"]);
        Assert.Equal(["请填写正文"], empty.Errors["body"]);

        var tooLong = await Problem.ReadAsync(
            await admin.PostAsJsonAsync(Admin, new { title = new string('标', 61), body = new string('文', 20_001), sortOrder = -1 }),
            HttpStatusCode.BadRequest);
        Assert.Equal(["标题不能超过60个字"], tooLong.Errors["title"]);
        Assert.Equal(["正文不能超过20000个字"], tooLong.Errors["body"]);
        Assert.Equal(["排序应在0至9999之间"], tooLong.Errors["sortOrder"]);
    }

    [SkippableFact]
    public async Task Unknown_article_is_404_for_everyone()
    {
        var problem = await Problem.ReadAsync(await App.CreateClient().GetAsync($"{Public}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        Assert.Equal("not-found", problem.Code);
    }

    [SkippableFact]
    public async Task Only_a_district_admin_manages_articles()
    {
        var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Admin)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(Admin, Request("标题"))).StatusCode);

        var reviewer = await App.CreateStaffClientAsync("reviewer", "Review#2024");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync(Admin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync(Admin, Request("标题"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.DeleteAsync($"{Admin}/{Guid.NewGuid()}")).StatusCode);

        // The public list answers anyone, a reviewer included.
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(Public)).StatusCode);
    }

    [SkippableFact]
    public async Task Development_seeds_the_guide_articles()
    {
        var list = await Json.ReadAsync(await App.CreateClient().GetAsync(Public), HttpStatusCode.OK);
        var titles = list.EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Contains("信息采集操作说明", titles);
        Assert.Contains("信息采集常见问题", titles);
    }
}

public sealed class ArticleTests_Sqlite(SqliteFixture fixture) : ArticleTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ArticleTests_PostgreSql(PostgreSqlFixture fixture) : ArticleTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class ArticleTests_SqlServer(SqlServerFixture fixture) : ArticleTests(fixture), IClassFixture<SqlServerFixture>;
