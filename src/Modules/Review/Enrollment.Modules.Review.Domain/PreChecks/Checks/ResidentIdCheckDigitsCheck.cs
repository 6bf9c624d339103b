using Enrollment.BuildingBlocks.Domain.Identifiers;

namespace Enrollment.Modules.Review.Domain.PreChecks.Checks;

/// <summary>身份证号校验: every resident ID of the application (student, parents, householder, relocated person) has a valid check character (GB 11643).</summary>
public sealed class ResidentIdCheckDigitsCheck : IPreCheck
{
    public const string Code = "resident-ids";

    public PreCheckResult Evaluate(PreCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var wrong = facts.Identifiers.Where(i => !ChineseIdentifiers.IsResidentIdChecksumValid(i.ResidentId)).ToList();
        return wrong.Count == 0
            ? new PreCheckResult(Code, "身份证号校验", PreCheckOutcome.Passed)
            : new PreCheckResult(Code, "身份证号校验", PreCheckOutcome.Failed, $"{string.Join("、", wrong.Select(w => w.Label))}身份证号校验位不正确", wrong[0].Page, wrong[0].Field);
    }
}
