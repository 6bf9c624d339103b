using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Identity.Domain.Staff.Rules;

public sealed class StaffUserNameMustBeUniqueRule(bool taken) : IBusinessRule
{
    public bool IsBroken() => taken;

    public string Code => "staff.user-name.duplicate";

    public string Message => "用户名已存在";

    public string? Field => "userName";

    public RuleKind Kind => RuleKind.Conflict;
}
