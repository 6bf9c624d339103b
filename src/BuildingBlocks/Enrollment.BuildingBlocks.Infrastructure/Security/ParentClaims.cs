using System.Security.Claims;

namespace Enrollment.BuildingBlocks.Infrastructure.Security;

/// <summary>The names every module's endpoints use to ask who is calling.</summary>
public static class ParentClaims
{
    /// <summary>The parent's account id (a GUID); present only on a parent's sign-in.</summary>
    public const string AccountId = "enrollment:parent_account";

    /// <summary>The authorization policy of every parent (H5) endpoint.</summary>
    public const string ParentPolicy = "Parent";

    /// <summary>
    /// A parent who has agreed to the current version of 平台协议: required by every endpoint that
    /// collects or changes a child's personal information (PIPL: consent before collection).
    /// Anyone else gets 403 <c>agreement.required</c>.
    /// </summary>
    public const string ConsentedParentPolicy = "ConsentedParent";

    public static Guid ParentAccountId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(AccountId), out var id)
            ? id
            : throw new InvalidOperationException("The caller is not signed in as a parent.");
    }
}
