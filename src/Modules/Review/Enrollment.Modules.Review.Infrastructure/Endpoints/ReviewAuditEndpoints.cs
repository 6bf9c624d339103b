using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Review.Application.Audit.GetAuditTrail;
using Enrollment.Modules.Review.Application.Audit.VerifyAuditChain;
using Enrollment.Modules.Review.Application.ReturnReasons.ListReturnReasons;
using Enrollment.Modules.Review.Application.ReturnReasons.SaveReturnReason;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.Modules.Review.Infrastructure.Endpoints;

/// <summary>The audit trail (DistrictAdmin, Auditor) and the admin's list of return reasons.</summary>
internal static class ReviewAuditEndpoints
{
    public static void MapReviewAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/review/audit", AuditAsync)
            .WithTags("Review")
            .RequireAuthorization(AccessPolicies.StaffRead)
            .RequireAuthorization(policy => policy.RequireRole(StaffClaims.DistrictAdmin, StaffClaims.Auditor))
            .WithName("ReviewAudit")
            .WithSummary("The audit trail: who viewed, revealed, returned, accepted, exported or configured what, newest first")
            .WithDescription(
                "DistrictAdmin and Auditor only (a SchoolReviewer: 403 `auth.forbidden`). Each line: time, staff id, name, role, client address, "
                + "`action` (`View`, `Reveal`, `Return`, `Accept`, `Export`, `Configure`), the application and the details (a reveal's reason, a return's reasons). "
                + "Append-only: lines are never changed or deleted. Filters: `applicationId`, `staffId`, `action`, `from`, `to` (ISO 8601); `page` from 1, `pageSize` 1–200 (default 50).")
            .ProducesValidationProblem()
            .WithValidationExample("action", "action 应为 View、Reveal、Return、Accept、Export 或 Configure")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");

        endpoints.MapGet("/api/v1/review/audit/verification", VerifyAsync)
            .WithTags("Review")
            .RequireAuthorization(AccessPolicies.StaffRead)
            .RequireAuthorization(policy => policy.RequireRole(StaffClaims.DistrictAdmin, StaffClaims.Auditor))
            .WithName("ReviewAuditVerification")
            .WithSummary("Checks the audit trail's hash chain and names the first broken link")
            .WithDescription(
                "DistrictAdmin and Auditor only. Each line carries a sequence number (1, 2, 3, … without gaps), the previous line's hash and its own: "
                + "SHA-256 of the previous hash and the line's canonical content (sequence, id, time, staff, role, client address, action, application, detail). "
                + "Answers `intact`, the number of lines checked, and for the first line that does not hold its `firstBrokenSequence`, `firstBrokenId` and the `reason` "
                + "(its content was edited; the line before it was edited, deleted or one inserted; a sequence number is missing). "
                + "Example: `{\"intact\":false,\"chainedLines\":41,\"unchainedLines\":0,\"firstBrokenSequence\":42,\"firstBrokenId\":\"0193a1c2-…\",\"reason\":\"本条记录的内容与哈希值不符（记录被修改）\"}`.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");

        var reasons = endpoints.MapGroup("/api/v1/admin/return-reasons").WithTags("Review");
        reasons.MapGet("/", ListReasonsAsync)
            .RequireAuthorization(AccessPolicies.StaffRead)
            .WithName("ReturnReasons")
            .WithSummary("The return reasons reviewers pick from, in order; `includeRetired=true` also lists retired ones")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录");
        reasons.MapPost("/", CreateReasonAsync)
            .RequireAuthorization(AccessPolicies.DistrictAdmin)
            .WithName("CreateReturnReason")
            .WithSummary("Adds a return reason (DistrictAdmin); audited as a configuration change")
            .WithRequestExample(ReviewExamples.ReturnReasonRequest)
            .WithReasonProblems();
        reasons.MapPut("/{id:guid}", UpdateReasonAsync)
            .RequireAuthorization(AccessPolicies.DistrictAdmin)
            .WithName("UpdateReturnReason")
            .WithSummary("Changes a return reason's text or order, or retires it (`isActive: false`); returns already made keep their text")
            .WithRequestExample(ReviewExamples.ReturnReasonRequest)
            .WithReasonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");
    }

    private static RouteHandlerBuilder WithReasonProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .WithValidationExample("text", "请填写退回原因")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "review.return-reason.duplicate", "已有相同的退回原因", "text")
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");

    private static async Task<Ok<AuditTrailPage>> AuditAsync(
        ISender sender,
        CancellationToken cancellationToken,
        Guid? applicationId = null,
        Guid? staffId = null,
        string? action = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        int? page = null,
        int? pageSize = null) =>
        TypedResults.Ok(await sender.Send(
            new GetAuditTrailQuery(applicationId, staffId, string.IsNullOrWhiteSpace(action) ? null : action.Trim(), from, to, page ?? 1, pageSize ?? GetAuditTrailQuery.DefaultPageSize),
            cancellationToken));

    private static async Task<Ok<AuditChainVerification>> VerifyAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new VerifyAuditChainQuery(), cancellationToken));

    private static async Task<Ok<IReadOnlyList<ReturnReasonDto>>> ListReasonsAsync(ISender sender, CancellationToken cancellationToken, bool includeRetired = false) =>
        TypedResults.Ok(await sender.Send(new ListReturnReasonsQuery(includeRetired), cancellationToken));

    private static async Task<Created<ReturnReasonDto>> CreateReasonAsync(ReturnReasonRequest request, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var saved = await sender.Send(new SaveReturnReasonCommand(http.ToReviewer(), null, request?.Text, request?.SortOrder ?? 0, request?.IsActive ?? true), cancellationToken);
        return TypedResults.Created($"/api/v1/admin/return-reasons/{saved.Id}", saved);
    }

    private static async Task<Ok<ReturnReasonDto>> UpdateReasonAsync(Guid id, ReturnReasonRequest request, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SaveReturnReasonCommand(http.ToReviewer(), id, request?.Text, request?.SortOrder ?? 0, request?.IsActive ?? true), cancellationToken));
}

/// <param name="Text">The reason as reviewers pick it and parents read it, up to 100 characters.</param>
/// <param name="SortOrder">Position in the list (ascending).</param>
/// <param name="IsActive">False: retired, no longer offered.</param>
public sealed record ReturnReasonRequest(string? Text, int? SortOrder, bool? IsActive);
