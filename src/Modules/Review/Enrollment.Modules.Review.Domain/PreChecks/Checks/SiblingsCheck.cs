namespace Enrollment.Modules.Review.Domain.PreChecks.Checks;

/// <summary>兄弟姐妹: other applications of the season naming the same father or mother ID — not a fault, shown as a notice.</summary>
public sealed class SiblingsCheck : IPreCheck
{
    public const string Code = "siblings";
    private const string Label = "同一家长的其他报名";

    public PreCheckResult Evaluate(PreCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Siblings.Count == 0
            ? new PreCheckResult(Code, Label, PreCheckOutcome.Passed, "无")
            : new PreCheckResult(Code, Label, PreCheckOutcome.Notice, "同一家长另有报名：" + string.Join("、", facts.Siblings.Select(s => $"{s.StudentName}（{s.StatusText}）")));
    }
}
