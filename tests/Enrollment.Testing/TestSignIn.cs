using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enrollment.Testing;

/// <summary>
/// TEST CODE ONLY. Staff sign-in belongs to the Identity module, which is not there yet; so that
/// tests can call staff endpoints (e.g. the district admin's region import), a derived host made
/// with <see cref="WithTestSignIn"/> makes this scheme the default: the header
/// <c>X-Test-Roles: DistrictAdmin,Reviewer</c> signs a test user in with those roles; without the
/// header nobody is signed in (401). The product never registers it.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    public const string RolesHeader = "X-Test-Roles";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(RolesHeader, out var header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "test-staff"), new(ClaimTypes.Name, "test-staff") };
        claims.AddRange(header.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}

public static class TestSignIn
{
    /// <summary>A second host on the same database whose default authentication is <see cref="TestAuthHandler"/>.</summary>
    public static WebApplicationFactory<Program> WithTestSignIn(this WebApplicationFactory<Program> app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddAuthentication(TestAuthHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null)));
    }

    /// <summary>A client of a <see cref="WithTestSignIn"/> host signed in with the given roles (none: anonymous).</summary>
    public static HttpClient CreateStaffClient(this WebApplicationFactory<Program> app, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateClient();
        if (roles.Length > 0)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.RolesHeader, string.Join(',', roles));
        }

        return client;
    }
}
