using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The district admin's import (<c>POST /api/v1/admin/regions/imports</c>) on each provider, with
/// small generated files on top of the seeded dataset: repeatable, renames update, a malformed or
/// truncated file is refused with its line number and leaves nothing behind. Staff sign in through
/// the test-only scheme of <see cref="TestSignIn"/> until the Identity module exists.
/// </summary>
public abstract class RegionImportTests(AppFixture fixture)
{
    private const string Imports = "/api/v1/admin/regions/imports";

    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    private HttpClient Admin => App.StaffHost.CreateStaffClient("DistrictAdmin");

    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));

    private static ByteArrayContent Body(string text, bool gzip = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var content = new ByteArrayContent(gzip ? Gzip(bytes) : bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(gzip ? "application/gzip" : "text/tab-separated-values");
        return content;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private async Task<JsonElement> ImportAsync(HttpContent content) =>
        await Json.ReadAsync(await Admin.PostAsync(Imports, content), HttpStatusCode.OK);

    private async Task<HttpStatusCode> StatusOfAsync(string code) => (await Admin.GetAsync($"/api/v1/regions/{code}")).StatusCode;

    [SkippableFact]
    public async Task Without_sign_in_the_import_answers_401()
    {
        var response = await App.CreateClient().PostAsync(Imports, Body(Lines("970000000000\t测试省")));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.StaffHost.CreateStaffClient().PostAsync(Imports, Body(Lines("970000000000\t测试省")))).StatusCode);
    }

    [SkippableFact]
    public async Task A_parent_or_a_reviewer_gets_403()
    {
        var parent = await App.CreateParentClient(Guid.NewGuid()).PostAsync(Imports, Body(Lines("970000000000\t测试省")));
        Assert.Equal(HttpStatusCode.Forbidden, parent.StatusCode);
        var reviewer = await App.StaffHost.CreateStaffClient("Reviewer").PostAsync(Imports, Body(Lines("970000000000\t测试省")));
        Assert.Equal(HttpStatusCode.Forbidden, reviewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync("970000000000"));
    }

    [SkippableFact]
    public async Task A_second_import_of_the_same_file_changes_nothing()
    {
        var file = Lines(
            "990000000000\t测试省",
            "990100000000\t测试市",
            "990101000000\t测试县",
            "990101001000\t测试街道",
            "990101001001\t测试居委会",
            "990101001201\t测试村委会");

        var first = await ImportAsync(Body(file, gzip: true));
        Assert.Equal((6, 6, 0, 0), (first.GetProperty("total").GetInt32(), first.GetProperty("added").GetInt32(), first.GetProperty("updated").GetInt32(), first.GetProperty("unchanged").GetInt32()));

        var region = await Json.ReadAsync(await Admin.GetAsync("/api/v1/regions/990101001201"), HttpStatusCode.OK);
        Assert.Equal("测试省 测试市 测试县 测试街道 测试村委会", region.GetProperty("fullName").GetString());
        Assert.Equal("村委会", region.GetProperty("region").GetProperty("kind").GetString());
        Assert.Equal(first.GetProperty("version").GetString(), region.GetProperty("version").GetString());

        var second = await ImportAsync(Body(file));
        Assert.Equal((6, 0, 0, 6), (second.GetProperty("total").GetInt32(), second.GetProperty("added").GetInt32(), second.GetProperty("updated").GetInt32(), second.GetProperty("unchanged").GetInt32()));
        Assert.Equal(first.GetProperty("version").GetString(), second.GetProperty("version").GetString());
        Assert.Equal(first.GetProperty("regions").GetInt32(), second.GetProperty("regions").GetInt32());
    }

    [SkippableFact]
    public async Task A_renamed_village_is_updated_and_the_ETag_changes()
    {
        var before = await Admin.GetAsync("/api/v1/regions/410185100000/children");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var multipart = new MultipartFormDataContent();
        multipart.Add(Body(Lines("410185100000\t大金店镇", "410185100205\t游方头村委会（新）")), "file", "rename.tsv");
        var result = await ImportAsync(multipart);
        Assert.Equal((1, 1), (result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32()));

        var village = await Json.ReadAsync(await Admin.GetAsync("/api/v1/regions/410185100205"), HttpStatusCode.OK);
        Assert.Equal("游方头村委会（新）", village.GetProperty("region").GetProperty("name").GetString());
        Assert.Equal("河南省 郑州市 登封市 大金店镇 游方头村委会（新）", village.GetProperty("fullName").GetString());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/regions/410185100000/children");
        conditional.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await Admin.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [SkippableFact]
    public async Task A_malformed_file_is_refused_with_its_line_number_and_nothing_is_imported()
    {
        var response = await Admin.PostAsync(Imports, Body(Lines(
            "980000000000\t坏文件省",
            "980100000000\t坏文件市",
            "980101000000\t坏文件县",
            "98010100100\t坏文件街道")));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("regions.import.malformed", problem.Code);
        Assert.StartsWith("第 4 行：", problem.Errors["file"][0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync("980000000000"));
    }

    [SkippableFact]
    public async Task A_file_whose_parent_is_missing_is_refused_as_a_whole()
    {
        var response = await Admin.PostAsync(Imports, Body(Lines(
            "410185100000\t大金店镇",
            "410185100901\t新增一村",
            "960101001001\t孤儿居委会")));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("第 3 行：", problem.Errors["file"][0], StringComparison.Ordinal);
        Assert.Contains("960101001000", problem.Errors["file"][0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync("410185100901"));
    }

    [SkippableFact]
    public async Task A_truncated_file_is_refused_and_nothing_is_imported()
    {
        var lines = Enumerable.Range(1, 3000).Select(i => $"{950101000000 + (i * 1000)}\t截断镇{i}").Prepend("950101000000\t截断县").Prepend("950100000000\t截断市").Prepend("950000000000\t截断省");
        var whole = Gzip(Encoding.UTF8.GetBytes(Lines([.. lines])));
        var cut = new ByteArrayContent(whole[..(whole.Length * 2 / 3)]);
        cut.Headers.ContentType = new MediaTypeHeaderValue("application/gzip");

        var problem = await Problem.ReadAsync(await Admin.PostAsync(Imports, cut), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("regions.import.malformed", problem.Code);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync("950000000000"));

        var plain = await Admin.PostAsync(Imports, Body("950000000000\t截断省\n950100000000\t截断"));
        var plainProblem = await Problem.ReadAsync(plain, HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("第 2 行：", plainProblem.Errors["file"][0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync("950000000000"));
    }

    [SkippableFact]
    public async Task Another_instance_on_the_same_database_picks_the_import_up_within_its_refresh_interval()
    {
        await using var other = fixture.StartApp(App.ConnectionString, new Dictionary<string, string?> { ["Regions:RefreshInterval"] = "00:00:00.200" });
        var reader = other.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/api/v1/regions/940000000000")).StatusCode);

        await ImportAsync(Body(Lines("940000000000\t另一实例省")));

        var deadline = DateTime.UtcNow.AddSeconds(15);
        HttpStatusCode status;
        do
        {
            await Task.Delay(100);
            status = (await reader.GetAsync("/api/v1/regions/940000000000")).StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, status);
    }
}

public sealed class RegionImportTests_Sqlite(SqliteFixture fixture) : RegionImportTests(fixture), IClassFixture<SqliteFixture>;

public sealed class RegionImportTests_PostgreSql(PostgreSqlFixture fixture) : RegionImportTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class RegionImportTests_SqlServer(SqlServerFixture fixture) : RegionImportTests(fixture), IClassFixture<SqlServerFixture>;
