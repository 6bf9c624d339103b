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

    public const string NotUnderReviewCode = "application.not-under-review";
    public const string NotUnderReviewMessage = "只能审核“审核中”的信息";
    public const string ConcurrencyCode = "concurrency.conflict";
    public const string ConcurrencyMessage = "内容已在其他设备上修改，请刷新后重试";
}
