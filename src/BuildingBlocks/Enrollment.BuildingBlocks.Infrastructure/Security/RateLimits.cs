namespace Enrollment.BuildingBlocks.Infrastructure.Security;

/// <summary>
/// The per-address rate-limiting policies (ASP.NET Core's rate limiter, configured by the host from
/// <c>RateLimits:*</c>); endpoints name them with <c>RequireRateLimiting</c>. They come on top of each
/// module's own per-account rules (lockout, SMS limits). Over the limit: 429 <c>rate-limited</c> with
/// <c>Retry-After</c>.
/// </summary>
public static class RateLimits
{
    public const string StaffSignIn = "staff-sign-in";

    public const string Token = "token";

    public const string Sms = "sms";

    public const string StartApplication = "start-application";

    /// <summary>
    /// Per integrator client (the <see cref="IntegratorClaims.ClientId"/> of its bearer token, not its address: many clients
    /// may sit behind one gateway, one client may call from many machines) on every <c>/api/v1/integration/</c> endpoint.
    /// </summary>
    public const string Integration = "integration";
}
