using System.Security.Claims;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Review.Application.Statistics.GetStatistics;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.Modules.Review.Infrastructure.Endpoints;

/// <summary>The dashboard's counts (<c>GET /api/v1/review/statistics</c>).</summary>
internal static class ReviewStatisticsEndpoints
{
    public static void MapReviewStatisticsEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/review/statistics", StatisticsAsync)
            .WithTags("Review")
            .RequireAuthorization(AccessPolicies.StaffRead)
            .WithName("ReviewStatistics")
            .WithSummary("Counts of the submitted applications in the caller's scope: by status, graduation school, graduation type, day of submission, evidence page")
            .WithDescription(
                "Policy `StaffRead` (DistrictAdmin, SchoolReviewer, Auditor); a SchoolReviewer counts only the graduation schools of their account, as the queue lists them. "
                + "Each list holds `{key, label, count}`: `byStatus` (`UnderReview`, `Returned`, `Accepted`, always all three), "
                + "`bySchool` (key: the school id; schools with at least one application, most first), `byGraduationType` (`KindergartenGraduate`, `PrimaryGraduate`), "
                + "`byDay` (key: the day of first submission, `yyyy-MM-dd` China time, oldest first), "
                + "`byEvidenceKind` (applications with the page saved, not skipped: `property` … `long-term-residence`, all seven). `total` counts the applications.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");

    private static async Task<Ok<ReviewStatisticsDto>> StatisticsAsync(ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetReviewStatisticsQuery(user.ToReviewScope()), cancellationToken));
}
