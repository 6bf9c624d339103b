using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>已提交 (accepted) applications are locked for the parent, evidence pages included.</summary>
public sealed class ApplicationMustNotBeLockedRule(bool locked) : IBusinessRule
{
    public bool IsBroken() => locked;

    public string Code => "application.locked";

    public string Message => "信息已审核通过（已提交），不能再修改或删除";

    public RuleKind Kind => RuleKind.Conflict;
}
