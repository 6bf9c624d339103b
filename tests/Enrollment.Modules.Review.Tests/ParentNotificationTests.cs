using Enrollment.Modules.Review.Domain.Notifications;

namespace Enrollment.Modules.Review.Tests;

/// <summary>The notification's claim and give-up rules, and the words of each message.</summary>
public class ParentNotificationTests
{
    private static readonly DateTimeOffset Now = new(2024, 7, 15, 2, 0, 0, TimeSpan.Zero);

    public static TheoryData<NotificationStatus, int?, bool> ClaimCases => new()
    {
        // status, claim ends (seconds from now; null: none) → may be claimed now
        { NotificationStatus.Pending, null, true },
        { NotificationStatus.Sending, 60, false },
        { NotificationStatus.Sending, 0, false },
        { NotificationStatus.Sending, -1, true },
        { NotificationStatus.Sent, null, false },
        { NotificationStatus.Skipped, null, false },
        { NotificationStatus.Failed, null, false },
    };

    [Theory]
    [MemberData(nameof(ClaimCases))]
    public void A_job_may_claim_a_waiting_notification_or_one_whose_holder_ran_out_of_time(NotificationStatus status, int? claimEndsIn, bool claimable)
    {
        var notification = ParentNotification.Create(NotificationKind.Returned, Guid.NewGuid(), Guid.NewGuid(), Now);
        typeof(ParentNotification).GetProperty(nameof(ParentNotification.Status))!.SetValue(notification, status);
        typeof(ParentNotification).GetProperty(nameof(ParentNotification.ClaimedUntil))!.SetValue(notification, claimEndsIn is { } s ? Now.AddSeconds(s) : null);

        Assert.Equal(claimable, ParentNotification.ClaimableAt(Now).Compile()(notification));
    }

    [Theory]
    [InlineData(1, NotificationStatus.Pending)]
    [InlineData(5, NotificationStatus.Pending)]
    [InlineData(6, NotificationStatus.Failed)]
    [InlineData(7, NotificationStatus.Failed)]
    public void A_failed_attempt_waits_for_the_next_until_the_sixth(int attempts, NotificationStatus after) =>
        Assert.Equal(after, ParentNotification.AfterFailure(attempts));

    [Theory]
    [InlineData(NotificationKind.Returned, "有误", "退回修改")]
    [InlineData(NotificationKind.Accepted, "已提交", "审核通过")]
    [InlineData(NotificationKind.DraftReminder, "未提交", "尚未提交")]
    public void Each_message_names_the_student_and_the_status_in_wechat_and_in_the_sms(NotificationKind kind, string status, string sms)
    {
        var text = ParentMessageText.For(kind, "张小明", "登封市2024年义务教育新生入学信息采集", new DateTimeOffset(2024, 8, 31, 15, 59, 59, TimeSpan.Zero), Now);

        Assert.Equal("张小明", text.Data["keyword1"]);
        Assert.Contains(status, text.Data["keyword2"], StringComparison.Ordinal);
        Assert.StartsWith(ParentMessageText.SmsSignature + "张小明", text.Sms, StringComparison.Ordinal);
        Assert.Contains(sms, text.Sms, StringComparison.Ordinal);
        Assert.True(text.Sms.Length <= 140, "An SMS of at most two parts");
        Assert.Equal("/h5/#/students", text.Url);
    }

    [Fact]
    public void A_draft_without_a_student_page_says_your_child() =>
        Assert.Equal("您的孩子", ParentMessageText.For(NotificationKind.DraftReminder, null, "登封市2024年", Now.AddDays(30), Now).Data["keyword1"]);
}
