using Mediator;

namespace Enrollment.Modules.Registration.Contracts.Applications;

// The read of submitted applications that other modules (Review: the reviewers' queue and detail, the
// integrators' read) make through the mediator instead of reading Registration's tables (ADR-0012).
// "Submitted" = entered review at least once: status UnderReview, Returned or Accepted; never a draft,
// never a deleted one. Values come unmasked: the caller decides what its own caller may see.

/// <summary>
/// One page of submitted applications, newest change first (then by id, so pages are stable).
/// </summary>
/// <param name="Status">`UnderReview`, `Returned` or `Accepted`; null: all three. Anything else matches nothing.</param>
/// <param name="SchoolId">Only this graduation school.</param>
/// <param name="GraduationType">`KindergartenGraduate` or `PrimaryGraduate`; null: both. Anything else matches nothing.</param>
/// <param name="Search">The student's name (a part of it) or the full resident ID.</param>
/// <param name="AllowedSchoolIds">The caller's data scope: only applications whose graduation school is one of these; null: every school.</param>
/// <param name="Page">From 1.</param>
/// <param name="PageSize">1 to <see cref="MaxPageSize"/>.</param>
public sealed record ListSubmittedApplicationsQuery(
    string? Status,
    Guid? SchoolId,
    string? GraduationType,
    string? Search,
    IReadOnlyCollection<Guid>? AllowedSchoolIds,
    int Page,
    int PageSize) : IQuery<SubmittedApplicationPage>
{
    public const int MaxPageSize = 100;

    /// <summary>Only applications first submitted at or after this instant.</summary>
    public DateTimeOffset? SubmittedFrom { get; init; }

    /// <summary>Only applications first submitted before this instant.</summary>
    public DateTimeOffset? SubmittedBefore { get; init; }

    /// <summary>The order: null (newest change first), `submittedAt`, `name` (the student's) or `school` (the graduation school's name).</summary>
    public string? Sort { get; init; }

    /// <summary>With <see cref="Sort"/>: ascending (else descending).</summary>
    public bool Ascending { get; init; }

    /// <summary>
    /// When the page does not tell the total, count the matching applications only up to this many (never fewer than
    /// the page's end and one more), so a count never reads more than that of the queue's index; null: count them all.
    /// A count that reaches it comes back with <see cref="SubmittedApplicationPage.TotalExact"/> false (ADR-0046).
    /// </summary>
    public int? CountLimit { get; init; }
}

/// <summary>
/// One submitted application, whole. Not found (a NotFoundException, answered 404) when it does not exist,
/// is a draft, is deleted, or its graduation school is outside <paramref name="AllowedSchoolIds"/>.
/// </summary>
/// <param name="AllowedSchoolIds">The caller's data scope; null: every school.</param>
public sealed record GetSubmittedApplicationQuery(Guid ApplicationId, IReadOnlyCollection<Guid>? AllowedSchoolIds) : IQuery<SubmittedApplication>;

/// <param name="Total">Matching applications over all pages; with <see cref="TotalExact"/> false, the least there are.</param>
public sealed record SubmittedApplicationPage(IReadOnlyList<SubmittedApplicationSummary> Items, int Total, int Page, int PageSize)
{
    /// <summary>False when the count stopped at <see cref="ListSubmittedApplicationsQuery.CountLimit"/>: at least <see cref="Total"/> match.</summary>
    public bool TotalExact { get; init; } = true;
}

/// <summary>One line of the queue. Phones are null for a parent not given.</summary>
public sealed record SubmittedApplicationSummary(
    Guid Id,
    Guid SeasonId,
    string StudentName,
    string StudentResidentId,
    string GraduationType,
    string GraduationTypeText,
    Guid SchoolId,
    string? SchoolName,
    Guid ClassId,
    string? ClassName,
    string Status,
    string StatusText,
    string? FatherMobile,
    string? MotherMobile,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    int Version);

public sealed record SubmittedApplication(
    Guid Id,
    Guid SeasonId,
    string GraduationType,
    string GraduationTypeText,
    string Status,
    string StatusText,
    int Version,
    SubmittedStudent Student,
    SubmittedGuardian? Father,
    SubmittedGuardian? Mother,
    SubmittedHousehold? Household,
    IReadOnlyList<string> ReturnReasons,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt);

/// <param name="Gender">`Male` or `Female`, from the ID.</param>
public sealed record SubmittedStudent(
    string Name,
    string ResidentId,
    string Gender,
    DateOnly BirthDate,
    string? FormerName,
    string? EthnicityCode,
    string? EthnicityName,
    Guid SchoolId,
    string? SchoolName,
    Guid ClassId,
    string? ClassName,
    string? BirthCertificateNumber,
    bool OverAgeConfirmed);

/// <summary>父亲 or 母亲: 户口簿地址 = region (to the last level) + <see cref="AddressDetail"/>.</summary>
public sealed record SubmittedGuardian(
    string Name,
    string ResidentId,
    string Mobile,
    string RegionCode,
    string RegionName,
    string AddressDetail);

/// <param name="Type">`Family` (家庭户) or `Collective` (集体户).</param>
/// <param name="GuardianOnSameBooklet">`Father` or `Mother` (collective hukou only).</param>
public sealed record SubmittedHousehold(
    string Type,
    string RegionCode,
    string RegionName,
    string AddressDetail,
    string? Community,
    string HouseholderName,
    string HouseholderResidentId,
    string RelationToHouseholder,
    string? GuardianOnSameBooklet);
