using System.Globalization;

namespace Enrollment.Modules.Review.Domain.PreChecks.Checks;

/// <summary>
/// 入学年龄: the birth date lies in the season's window for the graduation type (both ends inclusive); older with
/// the parent's confirmation is still shown. The reason names the window, never the child's date: it is shown
/// beside a masked resident ID, whose hidden digits are that date.
/// </summary>
public sealed class AgeWindowCheck : IPreCheck
{
    public const string Code = "age-window";
    private const string Label = "入学年龄";

    public PreCheckResult Evaluate(PreCheckFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var window = $"{Day(facts.EarliestBirthDate)}至{Day(facts.LatestBirthDate)}";
        if (facts.BirthDate > facts.LatestBirthDate)
        {
            return new PreCheckResult(Code, Label, PreCheckOutcome.Failed, $"未到入学年龄（出生日期应在{window}之间）", "student", "residentId");
        }

        if (facts.BirthDate < facts.EarliestBirthDate)
        {
            var confirmed = facts.OverAgeConfirmed ? "，家长已确认超龄" : string.Empty;
            return new PreCheckResult(Code, Label, PreCheckOutcome.Failed, $"超龄（出生日期应在{window}之间{confirmed}）", "student", "residentId");
        }

        return new PreCheckResult(Code, Label, PreCheckOutcome.Passed);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
