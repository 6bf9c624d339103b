using System.Security.Claims;
using System.Text.Encodings.Web;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Enrollment.Host.Security;

/// <summary>
/// DEVELOPMENT ONLY. Stands in for WeChat sign-in until the Identity module exists: the caller names
/// a parent account in the <c>X-Development-Parent-Id</c> header. Registered only when the host
/// runs in the Development environment; the Identity issue removes it.
/// </summary>
internal sealed class DevelopmentParentStandInHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevelopmentParentStandIn";
    public const string HeaderName = "X-Development-Parent-Id";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!Guid.TryParse(value, out var accountId) || accountId == Guid.Empty)
        {
            return Task.FromResult(AuthenticateResult.Fail($"{HeaderName} must be a GUID."));
        }

        var identity = new ClaimsIdentity([new Claim(ParentClaims.AccountId, accountId.ToString())], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

/// <summary>
/// Outside Development no parent sign-in exists yet (WeChat sign-in comes with the Identity module):
/// this scheme signs nobody in, so parent endpoints answer 401 rather than failing.
/// </summary>
internal sealed class NoParentSignInHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "NoParentSignIn";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
}
