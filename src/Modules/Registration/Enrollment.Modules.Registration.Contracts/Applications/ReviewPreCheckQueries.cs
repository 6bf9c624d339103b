using Mediator;

namespace Enrollment.Modules.Registration.Contracts.Applications;

// What the Review module's pre-checks need of Registration beyond the application itself.

/// <summary>A season's policy as the reviewers' pre-checks read it; not found (404) when there is no such season.</summary>
public sealed record GetSeasonPolicyForReviewQuery(Guid SeasonId) : IQuery<SeasonPolicyForReview>;

/// <param name="PrimaryEntry">Birth dates admitted for kindergarten graduates (entering primary grade 1), both ends inclusive.</param>
/// <param name="JuniorMiddleEntry">Birth dates admitted for primary graduates (entering junior middle grade 7).</param>
/// <param name="ResidencePermitValidOn">The day a residence permit must still be valid on; null when the season sets none.</param>
public sealed record SeasonPolicyForReview(
    Guid SeasonId,
    string Name,
    string HomeCountyCode,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    BirthDateWindow PrimaryEntry,
    BirthDateWindow JuniorMiddleEntry,
    DateOnly? ResidencePermitValidOn);

public sealed record BirthDateWindow(DateOnly Earliest, DateOnly Latest);

/// <summary>
/// The other submitted applications (not drafts, not deleted) of a season whose father or mother has one of
/// these resident IDs: the siblings a reviewer should see side by side. <paramref name="ExceptApplicationId"/> is left out.
/// </summary>
public sealed record FindApplicationsOfParentsQuery(Guid SeasonId, IReadOnlyCollection<string> ParentResidentIds, Guid ExceptApplicationId)
    : IQuery<IReadOnlyList<ApplicationOfParent>>;

/// <param name="Status">`UnderReview`, `Returned` or `Accepted`.</param>
/// <param name="SchoolId">The graduation school (the caller decides whether its own caller may open it).</param>
public sealed record ApplicationOfParent(Guid ApplicationId, string StudentName, string Status, Guid SchoolId);
