namespace Enrollment.Modules.Review.Domain.PreChecks.Checks;

/// <summary>
/// 社保缴纳: for a page 7 (务工) or 8 (经商) the Evidence module's check of the insured months against the imported
/// social-insurance data; "not checked" while it has made none.
/// </summary>
public sealed class SocialInsuranceCheck : IPreCheck
{
    public const string Code = "social-insurance";
    private const string Label = "社保缴纳";

    public PreCheckResult Evaluate(PreCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!facts.Evidence.Any(e => e.Kind is "employment" or "business"))
        {
            return new PreCheckResult(Code, Label, PreCheckOutcome.NotApplicable, "未填写务工或经商信息");
        }

        if (facts.SocialInsurance is not { } outcome)
        {
            return new PreCheckResult(Code, Label, PreCheckOutcome.NotChecked, "尚未核验（社保数据未导入）");
        }

        if (outcome.Outcome != PreCheckOutcome.Failed)
        {
            return new PreCheckResult(Code, Label, outcome.Outcome, outcome.Message);
        }

        var page = facts.Evidence.First(e => e.Kind is "employment" or "business").Kind;
        return new PreCheckResult(Code, Label, outcome.Outcome, outcome.Message, page, FieldOf(page));
    }

    /// <summary>
    /// The field a failed check points at: 务工 carries the 社保编号 (<c>socialInsuranceNumber</c>); 经商 has none, its
    /// check reads the insurance of the parent the page names (<c>parent</c>).
    /// </summary>
    public static string FieldOf(string page) => page == "employment" ? "socialInsuranceNumber" : "parent";
}
