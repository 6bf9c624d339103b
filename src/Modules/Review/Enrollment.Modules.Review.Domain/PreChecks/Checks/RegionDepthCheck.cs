namespace Enrollment.Modules.Review.Domain.PreChecks.Checks;

/// <summary>地址到末级区划: every region picked on the application (户籍, 父母户口簿地址, evidence addresses) is the last level of an address.</summary>
public sealed class RegionDepthCheck : IPreCheck
{
    public const string Code = "region-depth";
    private const string Label = "地址区划到末级";

    public PreCheckResult Evaluate(PreCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var wrong = facts.Addresses.Where(a => a.IsLastLevel != true).ToList();
        if (wrong.Count == 0)
        {
            return new PreCheckResult(Code, Label, PreCheckOutcome.Passed);
        }

        var parts = wrong.Select(a => a.IsLastLevel is null ? $"{a.Label}（区划代码{a.RegionCode}不存在）" : $"{a.Label}（未选到村/社区）");
        return new PreCheckResult(Code, Label, PreCheckOutcome.Failed, "地址区划未到末级：" + string.Join("、", parts), wrong[0].Page, wrong[0].Field);
    }
}
