using System.Net;
using System.Net.Http.Headers;
using Enrollment.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The parent's sign-in cookie over time and over https. A class of its own because it moves the
/// pinned clock by days, which the other classes' season dates must not see.
/// </summary>
public abstract class ParentCookieTests(AppFixture fixture)
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
    public async Task Under_https_the_sign_in_cookie_is_secure_httponly_and_lax()
    {
        var browser = App.CreateDefaultClient(new Uri("https://localhost/"), new CookieContainerHandler(new CookieContainer()));
        var setCookie = (await SignInAsync(browser)).Single(c => c.StartsWith("enrollment.parent=", StringComparison.Ordinal));

        Assert.Contains("; secure", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task The_sign_in_slides_while_the_parent_comes_back_and_ends_after_seven_idle_days()
    {
        var browser = App.CreateDefaultClient(new CookieContainerHandler(new CookieContainer()));
        browser.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        await SignInAsync(browser);

        // Past half of the seven days, a visit renews the ticket; eight days after signing in it still holds.
        App.Clock.Advance(TimeSpan.FromDays(4));
        var renewed = await browser.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Contains(renewed.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("enrollment.parent=", StringComparison.Ordinal));
        App.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/me")).StatusCode);

        App.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/me")).StatusCode);
    }

    /// <summary>Authorize → the simulator's page with an openid → callback; the callback's cookies.</summary>
    private static async Task<IEnumerable<string>> SignInAsync(HttpClient browser)
    {
        var authorize = await browser.GetAsync("/api/v1/auth/wechat/authorize?returnUrl=%2Fh5%2F");
        var weChat = authorize.Headers.Location!.OriginalString.Split('#')[0];
        var picked = await browser.GetAsync(weChat + "&openid=o" + Guid.NewGuid().ToString("N"));
        var signedIn = await browser.GetAsync(picked.Headers.Location!);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return signedIn.Headers.GetValues("Set-Cookie");
    }
}

public sealed class ParentCookieTests_Sqlite(SqliteFixture fixture) : ParentCookieTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ParentCookieTests_PostgreSql(PostgreSqlFixture fixture) : ParentCookieTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class ParentCookieTests_SqlServer(SqlServerFixture fixture) : ParentCookieTests(fixture), IClassFixture<SqlServerFixture>;
