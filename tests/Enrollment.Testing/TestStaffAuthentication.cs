using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enrollment.Testing;

/// <summary>
/// TEST ONLY. Signs staff in from the <c>X-Test-Staff-Roles</c> header (comma-separated roles) and
/// makes the DistrictAdmin policy accept it, whatever staff sign-in the product has. Registered by
/// <see cref="EnrollmentApp"/> through ConfigureTestServices; never part of the product.
/// </summary>
public sealed class TestStaffAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestStaff";
    public const string HeaderName = "X-Test-Staff-Roles";
    public const string DistrictAdminPolicy = "DistrictAdmin";

    // The Identity module's CSRF rule (ADR-0010) wants the sign-in's token echoed in a header; the test
    // principal carries a fixed one and the admin client sends it. Without Identity both are ignored.
    public const string CsrfClaim = "enrollment:csrf";
    public const string CsrfHeader = "X-CSRF-Token";
    public const string CsrfToken = "test-staff-csrf";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = value.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(role => new Claim(ClaimTypes.Role, role))
            .Append(new Claim(ClaimTypes.Name, "test-staff"))
            .Append(new Claim(CsrfClaim, CsrfToken));
        var identity = new ClaimsIdentity(claims, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    public static void Register(IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestStaffAuthenticationHandler>(SchemeName, null);
        // The product's DistrictAdmin policy, whatever it requires, also accepts this scheme; the
        // product's own staff sign-in (or the default scheme, when the policy names none) keeps working.
        services.AddOptions<AuthorizationOptions>().PostConfigure<IOptions<AuthenticationOptions>>((o, authentication) =>
        {
            var existing = o.GetPolicy(DistrictAdminPolicy);
            var builder = existing is not null ? new AuthorizationPolicyBuilder(existing) : new AuthorizationPolicyBuilder().RequireRole("DistrictAdmin");
            if (existing is null || existing.AuthenticationSchemes.Count == 0)
            {
                var fallback = authentication.Value.DefaultAuthenticateScheme ?? authentication.Value.DefaultScheme;
                if (fallback is not null)
                {
                    builder.AddAuthenticationSchemes(fallback);
                }
            }

            o.AddPolicy(DistrictAdminPolicy, builder.AddAuthenticationSchemes(SchemeName).Build());
        });
    }
}
