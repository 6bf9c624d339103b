using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.ForEvidence;

/// <summary>Answers the Evidence module's <see cref="GetApplicationsForSocialInsuranceCheckQuery"/>: one read per application, one per season.</summary>
internal sealed class GetApplicationsForSocialInsuranceCheckQueryHandler(IApplicationRepository applications, ISeasonRepository seasons)
    : IQueryHandler<GetApplicationsForSocialInsuranceCheckQuery, IReadOnlyList<ApplicationForSocialInsuranceCheck>>
{
    public async ValueTask<IReadOnlyList<ApplicationForSocialInsuranceCheck>> Handle(GetApplicationsForSocialInsuranceCheckQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.ApplicationIds.Count > GetApplicationsForSocialInsuranceCheckQuery.MaxApplications)
        {
            throw new ArgumentException($"At most {GetApplicationsForSocialInsuranceCheckQuery.MaxApplications} applications per query.", nameof(query));
        }

        var seasonsRead = new Dictionary<SeasonId, Season?>();
        var answer = new List<ApplicationForSocialInsuranceCheck>(query.ApplicationIds.Count);
        foreach (var id in query.ApplicationIds.Distinct())
        {
            var application = await applications.GetAsync(new ApplicationId(id), cancellationToken);
            if (application is null)
            {
                continue;
            }

            if (!seasonsRead.TryGetValue(application.SeasonId, out var season))
            {
                season = await seasons.GetForReadingAsync(application.SeasonId, cancellationToken);
                seasonsRead[application.SeasonId] = season;
            }

            answer.Add(new ApplicationForSocialInsuranceCheck(
                id,
                season?.SocialInsuranceFrom,
                season?.SocialInsuranceTo,
                application.Father?.ResidentId.Value,
                application.Mother?.ResidentId.Value));
        }

        return answer;
    }
}
