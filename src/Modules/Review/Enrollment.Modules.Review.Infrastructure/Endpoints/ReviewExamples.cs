namespace Enrollment.Modules.Review.Infrastructure.Endpoints;

/// <summary>The Review module's OpenAPI examples: every request body and every error its endpoints answer, in one place.</summary>
internal static class ReviewExamples
{
    public static readonly Guid ReasonId = Guid.Parse("0193a1c2-7d4e-7a10-9b3c-2f1e5d6c7b8a");

    public static readonly object ReturnRequest = new
    {
        reasons = new object[]
        {
            new { page = "student", field = "residentId", reasonId = ReasonId, note = "第7至14位与出生日期不符" },
            new { page = "household", field = "community", reasonId = ReasonId, note = (string?)null },
        },
    };

    public static readonly object RevealRequest = new { reason = "与家长电话核实户籍信息" };

    public static readonly object BulkAcceptanceRequest = new
    {
        applicationIds = new[] { Guid.Parse("0193a1c2-0000-7000-8000-000000000001"), Guid.Parse("0193a1c2-0000-7000-8000-000000000002") },
    };

    public static readonly object ReturnReasonRequest = new { text = "与户口簿不一致", sortOrder = 10, isActive = true };

    public const string NotificationsDescription =
        "DistrictAdmin and Auditor only (a SchoolReviewer: 403 `auth.forbidden`). One line per message: `kind` `Returned` (有误) or `Accepted` (已提交) — one per reviewer's decision, "
        + "`sourceId` the decision — or `DraftReminder` (未提交提醒, one per draft, `sourceId` the application, sent `draftReminderDaysBeforeClose` days before the season closes); "
        + "`status` `Pending`, `Sending`, `Sent`, `Skipped` (deleted, or the draft submitted meanwhile) or `Failed` (after 6 attempts); `channel` `WeChat` (template message), "
        + "`Sms` (WeChat refused: not subscribed, blocked, no openid; sent to the bound phone) or `None` (refused and no phone bound); `recipient` masked; `attempts`; "
        + "`lastError` WeChat's refusal or the last failure. Filters: `applicationId`, `kind`, `status`, `channel`; `page` from 1, `pageSize` 1–200 (default 50). "
        + "Example line: `{\"kind\":\"Returned\",\"status\":\"Sent\",\"channel\":\"Sms\",\"recipient\":\"138****2345\",\"attempts\":2,\"lastError\":\"43004 require subscribe\"}`.";

    public const string NotUnderReviewCode = "application.not-under-review";
    public const string NotUnderReviewMessage = "只能审核“审核中”的信息";
    public const string ConcurrencyCode = "concurrency.conflict";
    public const string ConcurrencyMessage = "内容已在其他设备上修改，请刷新后重试";
}
