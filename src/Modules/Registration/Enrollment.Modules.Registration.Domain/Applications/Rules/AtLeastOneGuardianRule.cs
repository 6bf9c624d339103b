using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

/// <summary>「学生父母信息至少填写父母一方的信息」.</summary>
public sealed class AtLeastOneGuardianRule(bool any) : IBusinessRule
{
    public const string RuleMessage = "学生父母信息至少填写父母一方的信息";

    public bool IsBroken() => !any;

    public string Code => "guardians.required";

    public string Message => RuleMessage;

    public string? Field => "guardians";
}
