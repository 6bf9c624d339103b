using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.SocialInsurance.Rules;

/// <summary>Two uploads of the same file at the same moment: the second one lost the race for the content hash.</summary>
public sealed class ImportMustNotBeRunningTwiceRule(bool alreadyQueued) : IBusinessRule
{
    public bool IsBroken() => alreadyQueued;

    public string Code => "social-insurance.import.duplicate";

    public string Message => "同一文件正在导入，请稍后刷新查看进度";

    public RuleKind Kind => RuleKind.Conflict;
}
