using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Review.Application.Notifications.ListNotifications;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.Modules.Review.Infrastructure.Endpoints;

/// <summary>The log of the messages to parents (DistrictAdmin, Auditor).</summary>
internal static class ReviewNotificationEndpoints
{
    public static void MapReviewNotificationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/review/notifications", ListAsync)
            .WithTags("Review")
            .RequireAuthorization(AccessPolicies.StaffRead)
            .RequireAuthorization(policy => policy.RequireRole(StaffClaims.DistrictAdmin, StaffClaims.Auditor))
            .WithName("ReviewNotifications")
            .WithSummary("The messages to parents, newest first: which event, whom, by which channel, how it went, after how many attempts")
            .WithDescription(ReviewExamples.NotificationsDescription)
            .ProducesValidationProblem()
            .WithValidationExample("status", "status 应为 Pending、Sending、Sent、Skipped 或 Failed")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");
    }

    private static async Task<Ok<NotificationLogPage>> ListAsync(
        ISender sender,
        CancellationToken cancellationToken,
        Guid? applicationId = null,
        string? kind = null,
        string? status = null,
        string? channel = null,
        int? page = null,
        int? pageSize = null) =>
        TypedResults.Ok(await sender.Send(
            new ListNotificationsQuery(applicationId, Blank(kind), Blank(status), Blank(channel), page ?? 1, pageSize ?? ListNotificationsQuery.DefaultPageSize),
            cancellationToken));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
