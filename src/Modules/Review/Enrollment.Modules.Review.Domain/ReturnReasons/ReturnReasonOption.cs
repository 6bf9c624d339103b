using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Review.Domain.ReturnReasons.Rules;

namespace Enrollment.Modules.Review.Domain.ReturnReasons;

/// <summary>
/// One entry of the list reviewers pick a return reason from (「与户口簿不一致」...), kept by the district
/// admin. A retired entry is no longer offered; returns that used it keep its text.
/// </summary>
public sealed class ReturnReasonOption : Entity<Guid>
{
    public const int MaxTextLength = 100;

    private ReturnReasonOption()
    {
    }

    public string Text { get; private set; } = string.Empty;

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    public static ReturnReasonOption Create(string text, int sortOrder, bool textTaken)
    {
        CheckRule(new ReturnReasonTextMustBeUniqueRule(textTaken));
        return new ReturnReasonOption { Id = Guid.CreateVersion7(), Text = text.Trim(), SortOrder = sortOrder, IsActive = true };
    }

    public void Change(string text, int sortOrder, bool active, bool textTaken)
    {
        CheckRule(new ReturnReasonTextMustBeUniqueRule(textTaken));
        Text = text.Trim();
        SortOrder = sortOrder;
        IsActive = active;
    }

    public void Retire() => IsActive = false;

    /// <summary>The list a new installation starts with (the guide's most frequent mistakes).</summary>
    public static IReadOnlyList<ReturnReasonOption> Defaults() =>
    [
        .. new[] { "与户口簿不一致", "与身份证不一致", "证件号码有误", "地址填写不完整", "所属小区填写有误", "证件已过期", "持有人不是学生父母", "信息不完整", "其他" }
            .Select((text, i) => new ReturnReasonOption { Id = Guid.CreateVersion7(), Text = text, SortOrder = (i + 1) * 10, IsActive = true }),
    ];
}
