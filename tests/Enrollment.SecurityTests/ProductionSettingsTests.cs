using System.Net;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.SecurityTests;

/// <summary>
/// Production refuses to start with what only a developer's machine may have, naming each setting;
/// with safe settings it starts behind Kestrel and answers with the security headers and no Server header.
/// </summary>
public sealed class ProductionSettingsTests
{
    [Fact]
    public async Task Production_with_the_simulators_settings_exits_non_zero_naming_each_setting()
    {
        await using var host = HostProcess.Start("Production", new Dictionary<string, string?>());

        var (exitCode, output) = await host.WaitForExitAsync(TimeSpan.FromSeconds(120));

        Assert.True(exitCode != 0, output);
        Assert.Equal(3, exitCode);
        Assert.Contains("does not start in the Production environment", output, StringComparison.Ordinal);
        foreach (var setting in new[] { "WeChat:AppId", "WeChat:AppSecret", "WeChat:Token", "WeChat:ApiBaseUrl", "Identity:Tokens:SigningKey", "Identity:BootstrapAdmin:UserName", "Hosting:PublicBaseUrl", "PersonalData:Encryption:Keys", "PersonalData:BlindIndex:Key" })
        {
            Assert.Contains(setting, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Production_with_one_unsafe_setting_left_names_only_that_one()
    {
        var settings = EnrollmentApp.SafeProductionSettings();
        settings["Identity:Tokens:SigningKey"] = "c2hvcnQ="; // 5 bytes
        await using var host = HostProcess.Start("Production", settings);

        var (exitCode, output) = await host.WaitForExitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(3, exitCode);
        Assert.Contains("Identity:Tokens:SigningKey is not a base64 key of at least 32 bytes", output, StringComparison.Ordinal);
        Assert.DoesNotContain("WeChat:AppSecret", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PersonalData:Encryption:ActiveKeyId", "k9", "PersonalData:Encryption:ActiveKeyId ('k9') names none of PersonalData:Encryption:Keys")]
    [InlineData("PersonalData:Encryption:Keys:k1", "c2hvcnQ=", "PersonalData:Encryption:Keys:k1 is not the base64 of 32 bytes")]
    [InlineData("PersonalData:BlindIndex:Key", "", "PersonalData:BlindIndex:Key is not the base64 of at least 32 bytes")]
    [InlineData("PersonalData:BlindIndex:Key", "DEVELOPMENT", "is the built-in development key, which is public")]
    public async Task Production_refuses_to_start_without_its_own_personal_data_keys_naming_the_setting(string key, string value, string message)
    {
        var settings = EnrollmentApp.SafeProductionSettings();
        settings[key] = value == "DEVELOPMENT" ? Enrollment.BuildingBlocks.Infrastructure.PersonalData.PersonalDataProtector.DevelopmentBlindIndexKey : value;
        await using var host = HostProcess.Start("Production", settings);

        var (exitCode, output) = await host.WaitForExitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(3, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("WeChat:AppSecret", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_refuses_webhooks_that_may_reach_private_networks()
    {
        var settings = EnrollmentApp.SafeProductionSettings();
        settings["Review:Webhooks:AllowPrivateNetworks"] = "true";
        await using var host = HostProcess.Start("Production", settings);

        var (exitCode, output) = await host.WaitForExitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(3, exitCode);
        Assert.Contains("Review:Webhooks:AllowPrivateNetworks is true", output, StringComparison.Ordinal);
        Assert.DoesNotContain("WeChat:AppSecret", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_with_safe_settings_starts_and_answers_with_the_security_headers_and_no_server_header()
    {
        await using var host = HostProcess.Start("Production", EnrollmentApp.SafeProductionSettings());
        using var client = await host.WaitUntilListeningAsync(TimeSpan.FromSeconds(120));

        foreach (var path in new[] { "/health/live", "/api/v1/articles", "/api/v1/auth/staff/me", "/h5/", "/admin/" })
        {
            var response = await client.GetAsync(path);
            Assert.False(response.Headers.Contains("Server"), path);
            Assert.Contains("script-src 'self';", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/auth/staff/me")).StatusCode);
    }

    [Theory]
    [InlineData("10.9.8.7", false)]
    [InlineData("127.0.0.1", true)]
    public async Task Forwarded_headers_count_only_from_a_configured_proxy(string knownProxy, bool believed)
    {
        var settings = EnrollmentApp.SafeProductionSettings();
        settings["Hosting:KnownProxies:0"] = knownProxy;
        await using var host = HostProcess.Start("Production", settings);
        using var client = await host.WaitUntilListeningAsync(TimeSpan.FromSeconds(120));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/staff/login")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { userName = "root", password = "Bootstrap#Strong-2024" }),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("enrollment.staff=", StringComparison.Ordinal));
        Assert.Equal(believed, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}
