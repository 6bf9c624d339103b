namespace Enrollment.Modules.Review.Domain.PreChecks.Checks;

/// <summary>
/// 持证人为学生父母: the parent each saved evidence page names (产权人, 持证人, 务工人, 经营者, 优抚对象, 户主) is on
/// the parents page, and the 户名 of a long-term residence account is one of the parents' names. The parents page
/// can change after an evidence page was saved, so this is checked again here.
/// </summary>
public sealed class HoldersAreParentsCheck : IPreCheck
{
    public const string Code = "holders-are-parents";
    private const string Label = "持证人为学生父母";

    public PreCheckResult Evaluate(PreCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var problems = new List<(string Kind, string Message)>();
        foreach (var page in facts.Evidence)
        {
            if (page.NamedParent is { } role && !facts.Parents.Any(p => string.Equals(p.Role, role, StringComparison.Ordinal)))
            {
                problems.Add((page.Kind, $"{page.Title}所填的{(role == "Father" ? "父亲" : "母亲")}未填写在学生父母信息中"));
            }

            if (page.AccountHolderName is { } holder && !facts.Parents.Any(p => string.Equals(p.Name.Trim(), holder.Trim(), StringComparison.Ordinal)))
            {
                problems.Add((page.Kind, $"{page.Title}的户名「{holder}」不是学生父母"));
            }
        }

        return problems.Count == 0
            ? new PreCheckResult(Code, Label, facts.Evidence.Count == 0 ? PreCheckOutcome.NotApplicable : PreCheckOutcome.Passed)
            : new PreCheckResult(Code, Label, PreCheckOutcome.Failed, string.Join("；", problems.Select(p => p.Message)), problems[0].Kind, "page");
    }
}
