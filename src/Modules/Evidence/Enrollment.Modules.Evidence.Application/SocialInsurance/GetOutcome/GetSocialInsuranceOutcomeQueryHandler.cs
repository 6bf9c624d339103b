using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Application.SocialInsurance.CheckPeriod;
using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.SocialInsurance;
using SocialInsuranceOutcome = Enrollment.Modules.Evidence.Contracts.Queries.SocialInsuranceOutcome;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.SocialInsurance.GetOutcome;

/// <summary>Answers Review's <see cref="GetSocialInsuranceOutcomeQuery"/>: the stored outcome of each saved employment/business page, or Pending.</summary>
internal sealed class GetSocialInsuranceOutcomeQueryHandler(IEligibilityEvidenceRepository evidences, ISocialInsuranceOutcomeRepository outcomes)
    : IQueryHandler<GetSocialInsuranceOutcomeQuery, SocialInsuranceOutcomes>
{
    public async ValueTask<SocialInsuranceOutcomes> Handle(GetSocialInsuranceOutcomeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var evidence = await evidences.GetAsync(query.ApplicationId, cancellationToken);
        var stored = (await outcomes.ListAsync([query.ApplicationId], cancellationToken)).ToDictionary(o => o.Kind);
        var answer = new List<SocialInsuranceOutcome>();
        foreach (var kind in CheckSocialInsurancePeriodCommand.CheckedKinds)
        {
            if (evidence?.PageOf(kind)?.Details is null)
            {
                continue;
            }

            answer.Add(stored.GetValueOrDefault(kind) is { } outcome
                ? new SocialInsuranceOutcome(
                    kind.Slug(),
                    outcome.Parent.ToString(),
                    outcome.Result.ToString(),
                    InsuranceMonth.Format(outcome.PeriodFrom),
                    InsuranceMonth.Format(outcome.PeriodTo),
                    [.. outcome.MissingMonths.Select(InsuranceMonth.Format)],
                    [.. outcome.EmployeeMonths.Select(InsuranceMonth.Format)],
                    [.. outcome.ResidentMonths.Select(InsuranceMonth.Format)],
                    outcome.CheckedAt)
                : new SocialInsuranceOutcome(kind.Slug(), null, "Pending", null, null, [], [], [], null));
        }

        return new SocialInsuranceOutcomes(query.ApplicationId, answer);
    }
}
