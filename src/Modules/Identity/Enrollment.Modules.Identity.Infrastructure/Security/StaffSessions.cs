using System.Security.Claims;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Identity.Application.Abstractions;
using Enrollment.Modules.Identity.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Identity.Infrastructure.Security;

/// <summary>Configuration section <c>Identity:StaffSessions</c>.</summary>
internal sealed class StaffSessionOptions
{
    public const string SectionName = "Identity:StaffSessions";

    /// <summary>
    /// How long an instance trusts the security stamp it read for an account. The instance that
    /// makes a change forgets at once; another instance notices within this time. Zero reads the
    /// account on every request.
    /// </summary>
    public TimeSpan StampCheckCache { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Checks on every request that a staff cookie's security stamp still is its account's: a disabled,
/// deleted or changed account, a new password or a sign-out ends the session (ADR-0015).
/// </summary>
internal sealed class StaffSessionValidator(IOptions<StaffSessionOptions> options, IMemoryCache cache, IServiceScopeFactory scopes) : IStaffSessions
{
    public const string StampClaim = "enrollment:stamp";

    public void Forget(Guid staffId) => cache.Remove(CacheKey(staffId));

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal is null || !Guid.TryParse(principal.FindFirstValue(StaffClaims.StaffId), out var staffId)
            || principal.FindFirstValue(StampClaim) is not { Length: > 0 } stamp
            || !string.Equals(stamp, await CurrentStampAsync(staffId, context.HttpContext.RequestAborted), StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentitySchemes.Staff);
        }
    }

    /// <summary>The account's stamp; null when it is deleted or disabled.</summary>
    private async Task<string?> CurrentStampAsync(Guid staffId, CancellationToken cancellationToken)
    {
        var trustFor = options.Value.StampCheckCache;
        if (trustFor > TimeSpan.Zero && cache.TryGetValue(CacheKey(staffId), out string? cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var stamp = await db.StaffUsers.AsNoTracking()
            .Where(u => u.Id == staffId && !u.IsDisabled)
            .Select(u => u.SecurityStamp)
            .SingleOrDefaultAsync(cancellationToken);
        if (trustFor > TimeSpan.Zero)
        {
            cache.Set(CacheKey(staffId), stamp, trustFor);
        }

        return stamp;
    }

    private static string CacheKey(Guid staffId) => $"identity:staff-stamp:{staffId:N}";
}
