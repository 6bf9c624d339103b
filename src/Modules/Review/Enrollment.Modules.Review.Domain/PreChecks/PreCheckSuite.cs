using Enrollment.Modules.Review.Domain.PreChecks.Checks;

namespace Enrollment.Modules.Review.Domain.PreChecks;

/// <summary>The pre-checks shown on a reviewer's detail, in this order.</summary>
public static class PreCheckSuite
{
    public static IReadOnlyList<IPreCheck> All { get; } =
    [
        new ResidentIdCheckDigitsCheck(),
        new AgeWindowCheck(),
        new RegionDepthCheck(),
        new HoldersAreParentsCheck(),
        new ResidencePermitValidityCheck(),
        new SocialInsuranceCheck(),
        new SameChildInSeasonCheck(),
        new SiblingsCheck(),
    ];

    public static IReadOnlyList<PreCheckResult> Run(PreCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. All.Select(check => check.Evaluate(facts))];
    }

    /// <summary>The application's overall outcome: Failed if any failed, else NotChecked if any could not be made, else Passed.</summary>
    public static PreCheckOutcome Overall(IEnumerable<PreCheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        return list.Any(r => r.Outcome == PreCheckOutcome.Failed) ? PreCheckOutcome.Failed
            : list.Any(r => r.Outcome == PreCheckOutcome.NotChecked) ? PreCheckOutcome.NotChecked
            : PreCheckOutcome.Passed;
    }
}
