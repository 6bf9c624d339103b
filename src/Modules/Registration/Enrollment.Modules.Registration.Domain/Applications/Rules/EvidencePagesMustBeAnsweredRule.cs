using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

/// <summary>
/// 「保存提交」 needs every evidence page (5–11) saved or skipped (「无此信息跳过」); the Evidence module
/// answers which are not, by their titles in page order.
/// </summary>
public sealed class EvidencePagesMustBeAnsweredRule(IReadOnlyList<string> unansweredPageTitles) : IBusinessRule
{
    public bool IsBroken() => unansweredPageTitles.Count > 0;

    public string Code => "application.evidence-unanswered";

    public string Message => $"请填写或跳过：{string.Join("、", unansweredPageTitles)}";
}
