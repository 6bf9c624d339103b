using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Enrollment.Modules.Regions.Contracts.Queries;
using Enrollment.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The region picker over HTTP and the last-level rule through the module's public query, with
/// real codes of the shipped dataset (seeded at start). The same tests run on each provider.
/// </summary>
public abstract class RegionsApiTests(AppFixture fixture)
{
    private const string HomeMessage = "地址请选择到村（社区）居委会";
    private const string ElsewhereMessage = "地址请选择到街道（乡镇）";

    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    private async Task<JsonElement> GetAsync(string url)
    {
        var response = await App.CreateClient().GetAsync(url);
        return await Json.ReadAsync(response, HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task Songyang_street_in_Dengfeng_is_a_town_that_is_not_deep_enough_for_an_address()
    {
        var body = await GetAsync("/api/v1/regions/410185001000");

        var region = body.GetProperty("region");
        Assert.Equal("嵩阳街道", region.GetProperty("name").GetString());
        Assert.Equal("Town", region.GetProperty("level").GetString());
        Assert.Equal("街道", region.GetProperty("kind").GetString());
        Assert.Equal("河南省 郑州市 登封市 嵩阳街道", body.GetProperty("fullName").GetString());
        Assert.Equal("410185000000", body.GetProperty("parentCode").GetString());
        Assert.Equal(["410000000000", "410100000000", "410185000000", "410185001000"], body.GetProperty("path").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        Assert.Equal("410185", body.GetProperty("homeCountyCode").GetString());
        Assert.False(body.GetProperty("isValidLastLevel").GetBoolean());
        Assert.Equal("Village", body.GetProperty("requiredLevel").GetString());
        Assert.Equal("region.too-shallow", body.GetProperty("errorCode").GetString());
        Assert.Equal(HomeMessage, body.GetProperty("message").GetString());
    }

    [SkippableFact]
    public async Task A_community_committee_under_Songyang_street_is_a_valid_last_level()
    {
        var children = await GetAsync("/api/v1/regions/410185001000/children");
        var first = children.GetProperty("items")[0];
        Assert.Equal("410185001001", first.GetProperty("code").GetString());
        Assert.Equal("嵩溪园居委会", first.GetProperty("name").GetString());
        Assert.Equal("居委会", first.GetProperty("kind").GetString());
        Assert.False(first.GetProperty("hasChildren").GetBoolean());

        var body = await GetAsync("/api/v1/regions/410185001001");
        Assert.True(body.GetProperty("isValidLastLevel").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("message").ValueKind);
        Assert.Equal("河南省 郑州市 登封市 嵩阳街道 嵩溪园居委会", body.GetProperty("fullName").GetString());
    }

    [SkippableFact]
    public async Task The_villages_of_Dajindian_town_are_listed_by_code_with_their_kinds()
    {
        var body = await GetAsync("/api/v1/regions/410185100000/children");

        Assert.Equal("大金店镇", body.GetProperty("parent").GetProperty("name").GetString());
        Assert.Equal("镇", body.GetProperty("parent").GetProperty("kind").GetString());
        var codes = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        var jinzhong = body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "410185100202");
        Assert.Equal("金中村委会", jinzhong.GetProperty("name").GetString());
        Assert.Equal("村委会", jinzhong.GetProperty("kind").GetString());

        var village = await GetAsync("/api/v1/regions/410185100202");
        Assert.True(village.GetProperty("isValidLastLevel").GetBoolean());
    }

    [SkippableFact]
    public async Task Dengfeng_has_fifteen_towns_and_streets()
    {
        var body = await GetAsync("/api/v1/regions/410185/children");
        Assert.Equal(15, body.GetProperty("items").GetArrayLength());
        Assert.Equal("410185000000", body.GetProperty("parent").GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task A_town_in_another_Zhengzhou_county_is_enough_for_an_address()
    {
        var body = await GetAsync("/api/v1/regions/410102001000");

        Assert.Equal("河南省 郑州市 中原区 林山寨街道", body.GetProperty("fullName").GetString());
        Assert.True(body.GetProperty("isValidLastLevel").GetBoolean());
        Assert.Equal("Town", body.GetProperty("requiredLevel").GetString());

        var county = await GetAsync("/api/v1/regions/410102000000");
        Assert.False(county.GetProperty("isValidLastLevel").GetBoolean());
        Assert.Equal(ElsewhereMessage, county.GetProperty("message").GetString());
    }

    [SkippableFact]
    public async Task The_home_county_can_be_named_in_the_request()
    {
        var body = await GetAsync("/api/v1/regions/410102001000?homeCounty=410102");
        Assert.False(body.GetProperty("isValidLastLevel").GetBoolean());
        Assert.Equal(HomeMessage, body.GetProperty("message").GetString());
    }

    [SkippableTheory]
    [InlineData("/api/v1/regions/410185999000")]
    [InlineData("/api/v1/regions/999999999999/children")]
    public async Task An_unknown_code_is_not_found(string url)
    {
        var problem = await Problem.ReadAsync(await App.CreateClient().GetAsync(url), HttpStatusCode.NotFound);
        Assert.Equal("not-found", problem.Code);
    }

    [SkippableTheory]
    [InlineData("/api/v1/regions/41018500100", "code")]
    [InlineData("/api/v1/regions/abc/children", "code")]
    [InlineData("/api/v1/regions/410185001000?homeCounty=4101", "homeCounty")]
    [InlineData("/api/v1/regions?q=", "q")]
    [InlineData("/api/v1/regions?q=%E5%B5%A9&limit=51", "limit")]
    public async Task A_malformed_request_is_a_validation_problem_on_the_parameter_sent(string url, string parameter)
    {
        var problem = await Problem.ReadAsync(await App.CreateClient().GetAsync(url), HttpStatusCode.BadRequest);
        Assert.Equal("validation.failed", problem.Code);
        Assert.True(problem.Errors.ContainsKey(parameter), string.Join(", ", problem.Errors.Keys));
    }

    [SkippableTheory]
    [InlineData("/api/v1/regions/000000000000/children")]
    [InlineData("/api/v1/regions")]
    public async Task The_root_lists_the_31_provinces(string url)
    {
        var body = await GetAsync(url);
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(31, items.Count);
        Assert.Equal(("110000000000", "北京市"), (items[0].GetProperty("code").GetString(), items[0].GetProperty("name").GetString()));
        Assert.Contains(items, i => i.GetProperty("name").GetString() == "河南省");
        Assert.Equal(JsonValueKind.Null, body.GetProperty("parent").ValueKind);
    }

    [SkippableFact]
    public async Task Search_puts_names_that_start_with_the_text_first_and_can_stay_within_a_county()
    {
        var body = await GetAsync("/api/v1/regions?q=" + Uri.EscapeDataString("嵩阳"));
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("410185001000", items[0].GetProperty("code").GetString());
        Assert.Equal("河南省 郑州市 登封市 嵩阳街道", items[0].GetProperty("fullName").GetString());
        Assert.All(items, i => Assert.Contains("嵩阳", i.GetProperty("name").GetString(), StringComparison.Ordinal));

        var within = await GetAsync("/api/v1/regions?within=410185&limit=5&q=" + Uri.EscapeDataString("金"));
        var found = within.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, found.Count);
        Assert.All(found, i => Assert.StartsWith("410185", i.GetProperty("code").GetString(), StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Answers_carry_the_dataset_version_as_ETag_and_a_matching_request_gets_304()
    {
        var client = App.CreateClient();
        var first = await client.GetAsync("/api/v1/regions/410185/children");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.True(first.Headers.CacheControl?.MaxAge > TimeSpan.Zero);
        var version = (await Json.ReadAsync(first, HttpStatusCode.OK)).GetProperty("version").GetString();
        Assert.Equal($"\"{version}\"", etag.Tag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/regions/410185/children");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/v1/regions/410185/children");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000000000000000\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [SkippableFact]
    public async Task The_region_api_needs_no_sign_in_even_in_production()
    {
        await using var production = fixture.StartApp(App.ConnectionString, EnrollmentApp.SafeProductionSettings(), environment: "Production");
        var response = await production.CreateClient().GetAsync("/api/v1/regions/410185001000");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableTheory]
    [InlineData("410185001001", true, null, null)] // 嵩溪园居委会 (嵩阳街道)
    [InlineData("410185100202", true, null, null)] // 金中村委会 (大金店镇)
    [InlineData("410185001000", false, "region.too-shallow", HomeMessage)] // 嵩阳街道
    [InlineData("410185100", false, "region.too-shallow", HomeMessage)] // 大金店镇, 9 digits
    [InlineData("410102001000", true, null, null)] // 林山寨街道, 中原区
    [InlineData("410181001000", true, null, null)] // 巩义市 新华路街道
    [InlineData("410102000000", false, "region.too-shallow", ElsewhereMessage)] // 中原区
    [InlineData("110101001000", true, null, null)] // 北京 东华门街道
    [InlineData("410185999999", false, "region.unknown", "请选择有效的地址区划")]
    [InlineData(null, false, "region.unknown", "请选择有效的地址区划")]
    public async Task Other_modules_ask_the_last_level_rule_through_the_contract(string? code, bool valid, string? errorCode, string? message)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();

        var check = await sender.Send(new ValidateAddressRegionQuery(code, "410185"));

        Assert.Equal(valid, check.IsValid);
        Assert.Equal(errorCode, check.Code);
        Assert.Equal(message, check.Message);
        if (code is not null && errorCode != "region.unknown")
        {
            Assert.NotNull(check.Region);
            var region = await sender.Send(new GetRegionQuery(code));
            Assert.Equal(check.Region, region);
        }
    }

    [SkippableFact]
    public async Task GetRegion_answers_null_for_an_unknown_code()
    {
        await using var scope = App.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetRegionQuery("410185999000")));
    }
}

public sealed class RegionsApiTests_Sqlite(SqliteFixture fixture) : RegionsApiTests(fixture), IClassFixture<SqliteFixture>;

public sealed class RegionsApiTests_PostgreSql(PostgreSqlFixture fixture) : RegionsApiTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class RegionsApiTests_SqlServer(SqlServerFixture fixture) : RegionsApiTests(fixture), IClassFixture<SqlServerFixture>;
