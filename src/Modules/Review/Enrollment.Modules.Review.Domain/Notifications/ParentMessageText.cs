using Enrollment.BuildingBlocks.Domain;
using System.Globalization;

namespace Enrollment.Modules.Review.Domain.Notifications;

/// <summary>
/// The words of a message to a parent: the template's fields (first, keyword1–3, remark, as WeChat's 模板消息 names them)
/// and the whole SMS for when WeChat refuses. Plain text, no identifiers: the student's name is the only personal datum.
/// </summary>
public sealed record ParentMessageText(IReadOnlyDictionary<string, string> Data, string Sms, string Url)
{
    public const string SmsSignature = "【入学信息采集】";

    /// <param name="studentName">Null while page 2 is not saved (a draft): 您的孩子.</param>
    public static ParentMessageText For(NotificationKind kind, string? studentName, string seasonName, DateTimeOffset seasonClosesAt, DateTimeOffset now)
    {
        var who = string.IsNullOrWhiteSpace(studentName) ? "您的孩子" : studentName.Trim();
        var at = now.ToOffset(ChinaTime.Offset).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
        var closes = seasonClosesAt.ToOffset(ChinaTime.Offset).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
        const string url = "/h5/#/students"; // 毕业生列表: every application with its status and the reasons of a return
        return kind switch
        {
            NotificationKind.Returned => new ParentMessageText(
                Fields($"{who}的入学信息需要修改", who, "有误（已退回）", at, "请进入「毕业生列表」查看标注的字段和原因，修改后重新保存提交。"),
                $"{SmsSignature}{who}的入学信息审核有误，已退回修改。请在微信公众号进入「毕业生列表」查看原因，修改后于{closes}前重新提交。",
                url),
            NotificationKind.Accepted => new ParentMessageText(
                Fields($"{who}的入学信息已审核通过", who, "已提交（审核通过）", at, "信息已锁定，无需再修改。请留意学校的后续通知。"),
                $"{SmsSignature}{who}的入学信息已审核通过（已提交），信息已锁定。请留意学校的后续通知。",
                url),
            NotificationKind.DraftReminder => new ParentMessageText(
                Fields($"{who}的入学信息尚未提交", who, "填写中（未提交）", closes, $"{seasonName}将于{closes}截止，请尽快填写完整并保存提交。"),
                $"{SmsSignature}{who}的入学信息尚未提交，{seasonName}将于{closes}截止，请尽快在微信公众号填写完整并保存提交。",
                url),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static Dictionary<string, string> Fields(string first, string student, string status, string time, string remark) => new(StringComparer.Ordinal)
    {
        ["first"] = first,
        ["keyword1"] = student,
        ["keyword2"] = status,
        ["keyword3"] = time,
        ["remark"] = remark,
    };
}
