namespace Enrollment.BuildingBlocks.Infrastructure.Security;

/// <summary>
/// The authorization policies every module's endpoints name (the Identity module defines them).
/// Parent endpoints use <see cref="ParentClaims.ParentPolicy"/>.
/// </summary>
public static class AccessPolicies
{
    /// <summary>A DistrictAdmin (区县管理员): staff, agreements, clients, everything.</summary>
    public const string DistrictAdmin = "DistrictAdmin";

    /// <summary>A SchoolReviewer (for the schools in <see cref="StaffClaims.SchoolId"/> claims) or a DistrictAdmin.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>Read-only staff access: Auditor, SchoolReviewer or DistrictAdmin.</summary>
    public const string StaffRead = "StaffRead";

    /// <summary>An integrator with the scope <c>applications:read</c>.</summary>
    public const string ApplicationsRead = "scope:applications:read";

    /// <summary>An integrator with the scope <c>applications:read:pii</c> (resident ids, phones, addresses).</summary>
    public const string ApplicationsReadPii = "scope:applications:read:pii";
}

/// <summary>The claims of a staff sign-in.</summary>
public static class StaffClaims
{
    public const string StaffId = "enrollment:staff";

    /// <summary>One claim per school a SchoolReviewer reviews.</summary>
    public const string SchoolId = "enrollment:school";

    public const string DistrictAdmin = "DistrictAdmin";

    public const string SchoolReviewer = "SchoolReviewer";

    public const string Auditor = "Auditor";
}

/// <summary>The claims of an integrator's bearer token (issued by the Identity module).</summary>
public static class IntegratorClaims
{
    /// <summary>The client id (<c>client_id</c>) the token was issued to.</summary>
    public const string ClientId = "client_id";
}
