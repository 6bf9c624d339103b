using Mediator;

namespace Enrollment.Modules.Evidence.Contracts.Queries;

/// <summary>
/// For Review's pre-checks: the social-insurance period check of an application's employment (务工) and
/// business (经商) pages, one outcome per saved page, page order. A page saved but not yet checked answers
/// <c>Pending</c>; an application without either page (or none at all) answers an empty list. The caller
/// checks the reviewer's scope first.
/// </summary>
public sealed record GetSocialInsuranceOutcomeQuery(Guid ApplicationId) : IQuery<SocialInsuranceOutcomes>;

public sealed record SocialInsuranceOutcomes(Guid ApplicationId, IReadOnlyList<SocialInsuranceOutcome> Outcomes);

/// <summary>One page's outcome with the data it was computed from.</summary>
/// <param name="Kind">`employment` (page 7 务工) or `business` (page 8 经商).</param>
/// <param name="Parent">`Father` or `Mother`: the parent the page names, whose records were read.</param>
/// <param name="Result">
/// `Passed` (employee insurance 职工 every month of the period), `MissingMonths` (listed in
/// <paramref name="MissingMonths"/>), `ResidentInsuranceOnly` (居民 insurance only, no 职工 month in the
/// period), `NoRecords` (the bureau's data holds no month of the period for the parent) or `Pending`
/// (saved, not yet checked; every other field empty).
/// </param>
/// <param name="PeriodFrom">First month of the season's period, `yyyy-MM`.</param>
/// <param name="PeriodTo">Last month, `yyyy-MM`.</param>
/// <param name="MissingMonths">Months of the period without employee insurance, `yyyy-MM`.</param>
/// <param name="EmployeeMonths">Months of the period with employee insurance on record, `yyyy-MM`.</param>
/// <param name="ResidentMonths">Months of the period with resident insurance (居民) on record, `yyyy-MM`.</param>
/// <param name="CheckedAt">When the outcome was computed; null when pending.</param>
public sealed record SocialInsuranceOutcome(
    string Kind,
    string? Parent,
    string Result,
    string? PeriodFrom,
    string? PeriodTo,
    IReadOnlyList<string> MissingMonths,
    IReadOnlyList<string> EmployeeMonths,
    IReadOnlyList<string> ResidentMonths,
    DateTimeOffset? CheckedAt);
