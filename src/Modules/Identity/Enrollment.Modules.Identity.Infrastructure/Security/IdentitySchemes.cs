namespace Enrollment.Modules.Identity.Infrastructure.Security;

/// <summary>The three ways in: parents (cookie), staff (another cookie), integrators (bearer token).</summary>
internal static class IdentitySchemes
{
    public const string Parent = "Parent";
    public const string Staff = "Staff";
    public const string Integrator = "Integrator";

    public const string ParentCookie = "enrollment.parent";
    public const string StaffCookie = "enrollment.staff";

    /// <summary>Readable by the page's script (not HttpOnly): the value to echo in <see cref="CsrfHeader"/>.</summary>
    public const string ParentCsrfCookie = "enrollment.parent.csrf";
    public const string StaffCsrfCookie = "enrollment.staff.csrf";
    public const string CsrfHeader = "X-CSRF-Token";
    public const string CsrfClaim = "enrollment:csrf";

    /// <summary>Carries the OAuth state and the return URL between the authorize redirect and the callback.</summary>
    public const string OAuthCookie = "enrollment.oauth";

    public const string ClientIdClaim = Enrollment.BuildingBlocks.Infrastructure.Security.IntegratorClaims.ClientId;
    public const string ScopeClaim = "scope";
}

/// <summary>Policies only the Identity module's own endpoints use.</summary>
internal static class IdentityPolicies
{
    /// <summary>Signed in as a parent or as staff (with the CSRF token of either).</summary>
    public const string AnySignIn = "AnySignIn";
}
