using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Contracts.Applications;

/// <summary>
/// 已提交 (accepted) applications are locked for the parent: no page changes, no delete, evidence
/// pages included. Defined here once for every module that changes a part of an application.
/// </summary>
public sealed class ApplicationMustNotBeLockedRule(bool locked) : IBusinessRule
{
    public const string ErrorCode = "application.locked";

    public const string ErrorMessage = "信息已审核通过（已提交），不能再修改或删除";

    public bool IsBroken() => locked;

    public string Code => ErrorCode;

    public string Message => ErrorMessage;

    public RuleKind Kind => RuleKind.Conflict;
}
