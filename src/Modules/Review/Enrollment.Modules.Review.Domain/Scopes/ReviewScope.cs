namespace Enrollment.Modules.Review.Domain.Scopes;

/// <summary>The staff roles as the Review module distinguishes them.</summary>
public enum ReviewerRole
{
    /// <summary>教育局管理员: every school.</summary>
    DistrictAdmin,

    /// <summary>学校审核员: only the schools given to the account.</summary>
    SchoolReviewer,

    /// <summary>审计: reads every school.</summary>
    Auditor,
}

/// <summary>
/// Which applications a staff member may see: every school, or only the graduation schools of a
/// SchoolReviewer. Anything outside answers as if it did not exist (an empty page, 404).
/// </summary>
public sealed record ReviewScope
{
    private ReviewScope(IReadOnlySet<Guid>? schoolIds) => SchoolIds = schoolIds;

    public static ReviewScope AllSchools { get; } = new((IReadOnlySet<Guid>?)null);

    /// <summary>The schools in scope; null: every school.</summary>
    public IReadOnlySet<Guid>? SchoolIds { get; }

    public bool IsEverySchool => SchoolIds is null;

    public static ReviewScope OnlySchools(IEnumerable<Guid> schoolIds)
    {
        ArgumentNullException.ThrowIfNull(schoolIds);
        return new ReviewScope(schoolIds.ToHashSet());
    }

    /// <summary>DistrictAdmin and Auditor see every school; a SchoolReviewer the schools of their account (none: nothing).</summary>
    public static ReviewScope For(ReviewerRole role, IEnumerable<Guid> schoolIds) => role switch
    {
        ReviewerRole.DistrictAdmin or ReviewerRole.Auditor => AllSchools,
        ReviewerRole.SchoolReviewer => OnlySchools(schoolIds),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public bool Covers(Guid schoolId) => SchoolIds is null || SchoolIds.Contains(schoolId);

    public bool Equals(ReviewScope? other) =>
        other is not null && (SchoolIds is null ? other.SchoolIds is null : other.SchoolIds is not null && SchoolIds.SetEquals(other.SchoolIds));

    public override int GetHashCode() => SchoolIds is null ? 0 : SchoolIds.Count;
}
