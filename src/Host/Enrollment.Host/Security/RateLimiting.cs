using System.Globalization;
using System.Threading.RateLimiting;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Enrollment.Host.Security;

/// <summary>Configuration section <c>RateLimits</c>: requests per minute and client address of each policy.</summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public int StaffSignInPerMinute { get; set; } = 10;

    public int TokenPerMinute { get; set; } = 30;

    public int SmsPerMinute { get; set; } = 5;

    public int StartApplicationPerMinute { get; set; } = 20;

    /// <summary>Requests per minute of one integrator client (by the client id of its token) on the integration API.</summary>
    public int IntegrationPerMinute { get; set; } = 600;
}

internal static class RateLimiting
{
    public static IServiceCollection AddEnrollmentRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                var problem = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = "操作过于频繁", Detail = "操作过于频繁，请稍后再试" };
                problem.Extensions["code"] = "rate-limited";
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext, ProblemDetails = problem });
            };
            Add(o, RateLimits.StaffSignIn, limits.StaffSignInPerMinute);
            Add(o, RateLimits.Token, limits.TokenPerMinute);
            Add(o, RateLimits.Sms, limits.SmsPerMinute);
            Add(o, RateLimits.StartApplication, limits.StartApplicationPerMinute);

            // Per integrator client: authorization has already read the bearer token (UseAuthorization runs first), so
            // a request without a valid one answers 401 and counts against nobody.
            o.AddPolicy(RateLimits.Integration, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(IntegratorClaims.ClientId)?.Value is { Length: > 0 } clientId
                    ? "client:" + clientId
                    : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limits.IntegrationPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    // Per client address (after the forwarded headers of a known proxy), a fixed window of one minute.
    private static void Add(Microsoft.AspNetCore.RateLimiting.RateLimiterOptions options, string policy, int perMinute) =>
        options.AddPolicy(policy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}
