using System.Security.Claims;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Review.Application.Applications;
using Enrollment.Modules.Review.Application.Decisions;
using Enrollment.Modules.Review.Application.Decisions.AcceptApplication;
using Enrollment.Modules.Review.Application.Decisions.BulkAcceptance;
using Enrollment.Modules.Review.Application.Decisions.ReturnApplication;
using Enrollment.Modules.Review.Application.Reveal.RevealPersonalData;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.Modules.Review.Infrastructure.Endpoints;

/// <summary>The reviewers' decisions: reveal, return (有误), acceptance (已提交), bulk acceptance.</summary>
internal static class ReviewDecisionEndpoints
{
    private const string ScopeNote =
        " Policy `Reviewer` (SchoolReviewer or DistrictAdmin; an Auditor reads but never decides: 403 `auth.forbidden`). "
        + "An application outside a SchoolReviewer's schools, a draft or a deleted one answers 404 `not-found`.";

    private const string VersionNote =
        " Send the `ETag` of the detail as `If-Match`: a decision on an application changed since is refused with 412 `concurrency.conflict`; "
        + "without it the decision is made on the version read now, and of two decisions at once only one is saved (the other: 412, or 409 once it sees the decided status). "
        + "Answers carry the new version as `ETag`.";

    public static void MapReviewDecisionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/review/applications")
            .WithTags("Review")
            .RequireAuthorization(AccessPolicies.Reviewer);

        group.MapPost("/{id:guid}/reveal", RevealAsync)
            .WithName("ReviewReveal")
            .WithSummary("Shows one application with identifiers and phones unmasked, for a reason that is audited")
            .WithDescription("The reason (4–200 characters) is kept in the audit trail with the reviewer, the time and the client address." + ScopeNote)
            .WithRequestExample(ReviewExamples.RevealRequest)
            .ProducesValidationProblem()
            .WithValidationExample("reason", "请填写查看原因（至少4个字）")
            .WithCommonProblems();

        group.MapPost("/{id:guid}/return", ReturnAsync)
            .WithName("ReviewReturn")
            .WithSummary("有误: returns an application under review with one reason per wrong field")
            .WithDescription(
                "Each reason names a `page` (`student`, `guardians`, `household`, `property`, `residence-permit`, `employment`, `business`, `preferential-care`, `relocation`, `long-term-residence`), "
                + "a `field` of it (`residentId`, `father.mobile`, `householder.name`, … or `page` for the whole page), a `reasonId` of `GET /api/v1/admin/return-reasons` and an optional `note`. "
                + "The parent reads them on their fields (`returnedFields` of `GET /api/v1/applications/{id}`); after the resubmission the detail lists `changesSinceReturn`."
                + ScopeNote + VersionNote)
            .WithRequestExample(ReviewExamples.ReturnRequest)
            .ProducesValidationProblem()
            .WithValidationExample("reasons", "请至少指出一处有误的信息并选择原因")
            .WithCommonProblems()
            .WithDecisionProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "review.return.field-unknown", "请选择有误的页面和信息项", "reasons[0].field")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "review.return.reason-unknown", "请从退回原因列表中选择", "reasons[0].reasonId")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "review.return.field-repeated", "同一项信息只能填写一条退回原因，请合并后再提交", "reasons");

        group.MapPost("/{id:guid}/acceptance", AcceptAsync)
            .WithName("ReviewAcceptance")
            .WithSummary("已提交: accepts an application under review; the parent can no longer change or delete it (409 application.locked)")
            .WithDescription("No body." + ScopeNote + VersionNote)
            .WithCommonProblems()
            .WithDecisionProblems();

        group.MapPost("/bulk-acceptance", BulkAcceptAsync)
            .WithName("ReviewBulkAcceptance")
            .WithSummary("Accepts many applications, each on its own; one result per id (Accepted, or Skipped with the reason)")
            .WithDescription(
                "Up to 200 ids. Each is checked and decided on its own, so one refusal does not stop the others: `Skipped` with `code` "
                + "`not-found` (missing or outside the scope), `application.not-under-review`, `concurrency.conflict` or `review.bulk.repeated`. Policy `Reviewer`.")
            .WithRequestExample(ReviewExamples.BulkAcceptanceRequest)
            .ProducesValidationProblem()
            .WithValidationExample("applicationIds", "请选择要审核通过的信息")
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
            .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");
    }

    private static RouteHandlerBuilder WithCommonProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

    private static RouteHandlerBuilder WithDecisionProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, ReviewExamples.NotUnderReviewCode, ReviewExamples.NotUnderReviewMessage)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .WithProblemExample(StatusCodes.Status412PreconditionFailed, ReviewExamples.ConcurrencyCode, ReviewExamples.ConcurrencyMessage);

    private static async Task<Ok<ApplicationDetailsDto>> RevealAsync(Guid id, RevealRequest request, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RevealPersonalDataCommand(http.ToReviewer(), id, request?.Reason), cancellationToken));

    private static async Task<Ok<ReviewDecisionResult>> ReturnAsync(Guid id, ReturnRequest request, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ReturnWithReasonsCommand(http.ToReviewer(), id, request?.Reasons, ETags.IfMatch(http)), cancellationToken);
        ETags.Set(http, result.Version);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<ReviewDecisionResult>> AcceptAsync(Guid id, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new AcceptReviewedApplicationCommand(http.ToReviewer(), id, ETags.IfMatch(http)), cancellationToken);
        ETags.Set(http, result.Version);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<BulkAcceptanceResult>> BulkAcceptAsync(BulkAcceptanceRequest request, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new BulkAcceptCommand(http.ToReviewer(), request?.ApplicationIds), cancellationToken));
}

/// <param name="Reason">Why the unmasked data is needed (4–200 characters); kept in the audit trail.</param>
public sealed record RevealRequest(string? Reason);

public sealed record ReturnRequest(IReadOnlyList<FieldReasonInput>? Reasons);

public sealed record BulkAcceptanceRequest(IReadOnlyList<Guid>? ApplicationIds);
