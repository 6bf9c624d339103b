using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

/// <summary>An anonymized application (its season's retention period passed) holds nothing left to change or decide.</summary>
public sealed class ApplicationMustNotBeAnonymizedRule(bool anonymized) : IBusinessRule
{
    public bool IsBroken() => anonymized;

    public string Code => "application.anonymized";

    public string Message => "该信息已超过保存期限并已匿名化，不能再修改或审核";

    public RuleKind Kind => RuleKind.Conflict;
}
