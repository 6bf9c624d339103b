using System.Globalization;

namespace Enrollment.Modules.Review.Domain.PreChecks.Checks;

/// <summary>居住证有效期: a residence permit given on page 6 is still valid on the season's day (the last valid day included).</summary>
public sealed class ResidencePermitValidityCheck : IPreCheck
{
    public const string Code = "residence-permit-valid";
    private const string Label = "居住证有效期";

    public PreCheckResult Evaluate(PreCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var permit = facts.Evidence.FirstOrDefault(e => e.Kind == "residence-permit");
        if (permit?.ValidUntil is not { } validUntil)
        {
            return new PreCheckResult(Code, Label, PreCheckOutcome.NotApplicable, "未填写居住证信息");
        }

        return validUntil >= facts.PermitValidOn
            ? new PreCheckResult(Code, Label, PreCheckOutcome.Passed)
            : new PreCheckResult(
                Code,
                Label,
                PreCheckOutcome.Failed,
                $"居住证有效期至{validUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}，早于{facts.PermitValidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
                "residence-permit",
                "page");
    }
}
