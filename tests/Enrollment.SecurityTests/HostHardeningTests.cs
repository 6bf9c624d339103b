using System.Net;
using Enrollment.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Enrollment.SecurityTests;

/// <summary>
/// Headers, the job dashboard, forwarded headers and the public base URL: what a visitor behind a
/// proxy, a forged Host header or a framing page can and cannot do.
/// </summary>
public sealed class HostHardeningTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_hsts_is_sent_over_https_outside_development()
    {
        await using var production = fixture.StartApp(fixture.ConnectionString, EnrollmentApp.SafeProductionSettings(), environment: "Production");
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://rx.example.gov.cn") });

        foreach (var path in new[] { "/api/v1/articles", "/api/v1/applications", "/openapi/v1.json", "/no-such-page" })
        {
            var response = await client.GetAsync(path);
            Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single().Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        }

        var development = await fixture.App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://rx.example.gov.cn") }).GetAsync("/api/v1/articles");
        Assert.False(development.Headers.Contains("Strict-Transport-Security"));
        Assert.True(development.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task The_api_docs_page_runs_without_inline_script()
    {
        var page = await (await fixture.App.CreateClient().GetAsync("/docs/index.html")).Content.ReadAsStringAsync();

        Assert.Contains("<script", page, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", page);
    }

    [Fact]
    public async Task The_job_dashboard_answers_only_a_signed_in_district_admin_outside_development()
    {
        await using var production = fixture.StartApp(fixture.ConnectionString, EnrollmentApp.SafeProductionSettings(), environment: "Production");

        var anonymous = await production.CreateClient().GetAsync("/jobs");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);

        var admin = await production.CreateStaffClientAsync("root", "Bootstrap#Strong-2024");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/jobs")).StatusCode);

        var reviewer = await production.CreateStaffClientAsync("reviewer", "Review#2024");
        Assert.NotEqual(HttpStatusCode.OK, (await reviewer.GetAsync("/jobs")).StatusCode);
    }

    [Fact]
    public async Task The_oauth_redirect_uri_is_the_configured_public_address_whatever_host_header_arrives()
    {
        await using var production = fixture.StartApp(fixture.ConnectionString, EnrollmentApp.SafeProductionSettings(), environment: "Production");
        var client = production.CreateDefaultClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/wechat/authorize?returnUrl=%2Fh5%2F");
        request.Headers.Host = "evil.example.com";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = Uri.UnescapeDataString(response.Headers.Location!.OriginalString);
        Assert.StartsWith("https://open.weixin.qq.com/connect/oauth2/authorize?", location, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=https://rx.example.gov.cn/api/v1/auth/wechat/callback", location, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example.com", location, StringComparison.Ordinal);
    }
}
