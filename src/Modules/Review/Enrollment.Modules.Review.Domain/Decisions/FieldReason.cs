namespace Enrollment.Modules.Review.Domain.Decisions;

/// <summary>
/// One reason of a return (有误): the page and field the reviewer points at, the reason picked from the
/// admin's list (its text as it read at the time) and the reviewer's own words.
/// </summary>
public sealed record FieldReason(string Page, string Field, string PageLabel, string FieldLabel, Guid ReasonId, string Reason, string? Note)
{
    /// <summary>The reason as one line a parent reads: 「学生基本信息·身份证号：与户口簿不一致（第3位有误）」.</summary>
    public string Text => $"{PageLabel}·{FieldLabel}：{Reason}{(string.IsNullOrWhiteSpace(Note) ? string.Empty : $"（{Note}）")}";
}
