namespace Enrollment.Modules.Review.Domain.PreChecks.Checks;

/// <summary>同一学生重复报名: no other submitted application of the season has the same child ID.</summary>
public sealed class SameChildInSeasonCheck : IPreCheck
{
    public const string Code = "same-child";
    private const string Label = "同一学生重复报名";

    public PreCheckResult Evaluate(PreCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.OtherApplicationsOfChild == 0
            ? new PreCheckResult(Code, Label, PreCheckOutcome.Passed)
            : new PreCheckResult(Code, Label, PreCheckOutcome.Failed, $"本学年另有{facts.OtherApplicationsOfChild}份同一身份证号的报名", "student", "residentId");
    }
}
