using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Identity.Domain.Agreements.Rules;

public sealed class AgreementVersionMustBeCurrentRule(int requested, int current) : IBusinessRule
{
    public bool IsBroken() => requested != current;

    public string Code => "agreement.outdated";

    public string Message => "平台协议已更新，请阅读最新版本";

    public RuleKind Kind => RuleKind.Conflict;
}
