namespace Enrollment.Modules.Review.Domain.PreChecks.Checks;

/// <summary>
/// 社保缴纳: for a page 7 (务工) the Evidence module's check of the insured months against the imported
/// social-insurance data; "not checked" while it has made none.
/// </summary>
public sealed class SocialInsuranceCheck : IPreCheck
{
    public const string Code = "social-insurance";
    private const string Label = "社保缴纳";

    public PreCheckResult Evaluate(PreCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!facts.Evidence.Any(e => e.Kind == "employment"))
        {
            return new PreCheckResult(Code, Label, PreCheckOutcome.NotApplicable, "未填写务工信息");
        }

        return facts.SocialInsurance is { } outcome
            ? new PreCheckResult(Code, Label, outcome.Outcome, outcome.Message, outcome.Outcome == PreCheckOutcome.Failed ? "employment" : null, outcome.Outcome == PreCheckOutcome.Failed ? "socialInsuranceNumber" : null)
            : new PreCheckResult(Code, Label, PreCheckOutcome.NotChecked, "尚未核验（社保数据未导入）");
    }
}
