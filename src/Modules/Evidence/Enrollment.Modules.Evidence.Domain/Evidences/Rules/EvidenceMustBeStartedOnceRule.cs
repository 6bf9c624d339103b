using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>
/// An application's evidence is started once: when two first saves race, the one that finds the evidence
/// already stored (the database's unique key says so) is refused, and the parent reloads and retries.
/// </summary>
/// <param name="alreadyStarted">Whether another request stored this application's evidence first.</param>
public sealed class EvidenceMustBeStartedOnceRule(bool alreadyStarted) : IBusinessRule
{
    public bool IsBroken() => alreadyStarted;

    public string Code => "evidence.concurrent-change";

    public string Message => "信息已在其他设备上修改，请刷新后重试";

    public RuleKind Kind => RuleKind.Conflict;
}
