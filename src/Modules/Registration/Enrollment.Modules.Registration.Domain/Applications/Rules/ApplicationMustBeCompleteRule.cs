using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

/// <summary>Submission needs pages 2–4 complete.</summary>
public sealed class ApplicationMustBeCompleteRule(IReadOnlyList<string> missingPages) : IBusinessRule
{
    public bool IsBroken() => missingPages.Count > 0;

    public string Code => "application.incomplete";

    public string Message => $"请先完成：{string.Join("、", missingPages)}";
}
