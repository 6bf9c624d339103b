using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Identity.Domain.Agreements.Rules;

public sealed class AgreementMustBeReadRule(AgreementShown? shown, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => shown is null || now - shown.ShownAt < AgreementConsent.MinimumReadingTime;

    public string Code => shown is null ? "agreement.not-shown" : "agreement.too-early";

    public string Message => shown is null
        ? "请先阅读平台协议"
        : $"请仔细阅读平台协议，{Math.Ceiling((AgreementConsent.MinimumReadingTime - (now - shown.ShownAt)).TotalSeconds)}秒后可同意";

    public RuleKind Kind => RuleKind.Conflict;
}
