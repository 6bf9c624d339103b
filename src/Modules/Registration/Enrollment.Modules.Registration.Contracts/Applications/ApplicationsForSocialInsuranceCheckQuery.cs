using Mediator;

namespace Enrollment.Modules.Registration.Contracts.Applications;

/// <summary>
/// What the Evidence module's social-insurance period check (a background job, no parent signed in) needs
/// of applications: the season's insurance months and the parents' resident IDs. Deleted or unknown
/// applications are left out of the answer; at most <see cref="MaxApplications"/> ids per query.
/// </summary>
public sealed record GetApplicationsForSocialInsuranceCheckQuery(IReadOnlyCollection<Guid> ApplicationIds) : IQuery<IReadOnlyList<ApplicationForSocialInsuranceCheck>>
{
    public const int MaxApplications = 500;
}

/// <param name="SocialInsuranceFrom">First month (day 1) over which 务工/经商 need continuous employee insurance; null when the season sets none.</param>
/// <param name="SocialInsuranceTo">Last month (day 1); null when the season sets none.</param>
/// <param name="FatherResidentId">The father's resident ID as saved on the guardians page; null when not filled.</param>
/// <param name="MotherResidentId">The mother's, likewise.</param>
public sealed record ApplicationForSocialInsuranceCheck(
    Guid ApplicationId,
    DateOnly? SocialInsuranceFrom,
    DateOnly? SocialInsuranceTo,
    string? FatherResidentId,
    string? MotherResidentId);
