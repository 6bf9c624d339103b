using System.Net;
using System.Net.Http.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.SecurityTests;

/// <summary>Per-address limits on staff sign-in, integrators' tokens, SMS codes and starting applications: 429 <c>rate-limited</c> with Retry-After.</summary>
public sealed class RateLimitTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Guessing_passwords_over_many_accounts_from_one_address_is_stopped()
    {
        await using var app = fixture.StartApp(fixture.ConnectionString, new Dictionary<string, string?> { ["RateLimits:StaffSignInPerMinute"] = "5" });
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var guess = await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName = $"user{i}", password = "guess" });
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }

        var stopped = await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName = "admin", password = "Admin#2024" });

        var problem = await Problem.ReadAsync(stopped, HttpStatusCode.TooManyRequests);
        Assert.Equal("rate-limited", problem.Code);
        Assert.True(int.Parse(stopped.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Tokens_sms_codes_and_new_applications_are_limited_per_address()
    {
        await using var app = fixture.StartApp(fixture.ConnectionString, new Dictionary<string, string?>
        {
            ["RateLimits:TokenPerMinute"] = "2",
            ["RateLimits:SmsPerMinute"] = "2",
            ["RateLimits:StartApplicationPerMinute"] = "2",
        });
        var anonymous = app.CreateClient();
        var parent = app.CreateParentClient(Guid.NewGuid());

        async Task<HttpStatusCode> Token() => (await anonymous.PostAsync("/api/v1/auth/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "nobody", ["client_secret"] = "x" }))).StatusCode;
        async Task<HttpStatusCode> Sms() => (await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone = "1390000" + Random.Shared.Next(1000, 9999) })).StatusCode;
        async Task<HttpStatusCode> Start() => (await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" })).StatusCode;

        foreach (var send in new[] { Token, Sms, Start })
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await send());
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await send());
            Assert.Equal(HttpStatusCode.TooManyRequests, await send());
        }
    }
}
