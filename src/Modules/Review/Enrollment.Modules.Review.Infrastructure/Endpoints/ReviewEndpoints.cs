using System.Security.Claims;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Review.Application.Applications;
using Enrollment.Modules.Review.Application.Attachments.DownloadAttachment;
using Enrollment.Modules.Review.Application.Applications.GetReviewApplication;
using Enrollment.Modules.Review.Application.Export.ExportQueue;
using Enrollment.Modules.Review.Application.Reviewers;
using Enrollment.Modules.Review.Domain.Audit;
using Enrollment.Modules.Review.Application.Integration;
using Enrollment.Modules.Review.Application.Integration.GetIntegrationFeed;
using Enrollment.Modules.Review.Application.Queue;
using Enrollment.Modules.Review.Domain.Scopes;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.Modules.Review.Infrastructure.Endpoints;

/// <summary>The reviewers' read (<c>/api/v1/review/applications</c>) and the integrators' single read.</summary>
internal static class ReviewEndpoints
{
    private const string MaskingNote = " Resident IDs show the first 6 and the last 4 characters (`410185********0014`), phones the first 3 and the last 4 (`138****2345`).";

    public static void MapReviewApplicationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/review/applications")
            .WithTags("Review")
            .RequireAuthorization(AccessPolicies.StaffRead);

        group.MapGet("/", QueueAsync)
            .WithName("ReviewQueue")
            .WithSummary("The review queue: submitted applications in the caller's scope, newest change first")
            .WithDescription(
                "Policy `StaffRead` (DistrictAdmin, SchoolReviewer, Auditor). Submitted applications only (审核中, 有误, 已提交 — never drafts nor deleted ones). "
                + "A SchoolReviewer sees only the graduation schools of their account; `school=` outside them answers an empty page. "
                + "Filters: `status` (`UnderReview`, `Returned`, `Accepted`), `school` (graduation school id), `kind` (graduation type: `KindergartenGraduate`, `PrimaryGraduate`), "
                + "`q` (the student's name or a part of it, or the full resident ID), `evidence` (evidence pages that must all be saved, comma-separated or repeated: `property,residence-permit`), "
                + "`preCheck` (the overall pre-check outcome: `Passed`, `Failed`, `NotChecked`), `submittedFrom` / `submittedTo` (days of first submission, `yyyy-MM-dd` China time, both included), "
                + "`changedSinceReturn` (`true`: returned (有误) and resubmitted since; `false`: the others). "
                + "Order: `sort` (`submittedAt`, `name`, `school`) and `order` (`asc`, `desc`; default `desc`); without `sort`, newest change first. "
                + "Paging: `page` from 1, `pageSize` 1–100 (default 20). "
                + "`total` counts the matching applications over every page, exactly (`totalExact: true`) while fewer than 10,000 match (`Review:Queue:ExactCountUpTo`; "
                + "on a page beyond the 10,000th line: fewer than its last line and one more). Past that the count stops: `totalExact: false` and `total` is the least there are "
                + "(show it as \"至少 10,000 条\", never as an exact number; the next page always exists), so no page counts the whole queue. "
                + "`count=exact` counts every match (slower on a large queue: it reads every matching index entry); `count=limited` is the default (ADR-0046). "
                + "The filters `evidence`, `preCheck` and `changedSinceReturn` are applied by the Review module over the other filters' matches (the pre-checks are computed per application), so they are slower on a large scope."
                + MaskingNote)
            .ProducesValidationProblem()
            .WithValidationExample("pageSize", "pageSize 应在1至100之间")
            .WithValidationExample("count", "count 应为 exact 或 limited")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");

        group.MapGet("/export", ExportAsync)
            .WithName("ReviewExport")
            .WithSummary("The queue of the current filter (every page) as an .xlsx file, streamed from the database")
            .WithDescription(
                "Policy `StaffRead`. Every filter and the order of the queue (`status`, `school`, `kind`, `q`, `evidence`, `preCheck`, `submittedFrom`, `submittedTo`, "
                + "`changedSinceReturn`, `sort`, `order`; the rows are the queue's, every page, in its order) and the same scope (a SchoolReviewer: their schools only). "
                + "With `evidence`, `preCheck` or `changedSinceReturn` the candidates are checked a batch at a time, as in the queue. "
                + "Columns: 学生姓名, 身份证号, 毕业类型, 毕业学校, 毕业班级, 状态, 父亲手机号, 母亲手机号, 提交时间, 编号. Resident IDs and phones are masked for SchoolReviewers and Auditors, "
                + "shown in full to a DistrictAdmin. Rows are written as they are read (streamed into the sheet as inline strings), so 100,000 rows are never held in memory. "
                + "Every export is written to the audit trail with its filter and row count.")
            .Produces(StatusCodes.Status200OK, contentType: XlsxContentType)
            .ProducesValidationProblem()
            .WithValidationExample("status", "status 应为 UnderReview、Returned 或 Accepted")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");

        group.MapGet("/{id:guid}", GetAsync)
            .WithName("ReviewApplication")
            .WithSummary("One submitted application for review: student, parents, household, identifiers and phones masked")
            .WithDescription(
                "Policy `StaffRead`. A draft, a deleted application, or one whose graduation school is outside a SchoolReviewer's schools answers 404 `not-found` "
                + "(never 403: whether it exists is not revealed). Addresses are shown in full; `POST …/{id}/reveal` shows identifiers for an audited reason. "
                + "`returnedFields`: the reasons of the last return (有误); `changesSinceReturn`: after the parent's resubmission, each field changed since that return (old → new). "
                + "Every view is written to the audit trail. The `ETag` is the application's version, to send as `If-Match` with a decision."
                + MaskingNote)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", AttachmentAsync)
            .WithName("ReviewAttachment")
            .WithSummary("One certificate photo of a submitted application (`thumbnail=true`: its JPEG thumbnail)")
            .WithDescription(
                "Policy `StaffRead`. The photos are listed on the detail's evidence pages (`evidence[].attachments[].url`). "
                + "An application outside a SchoolReviewer's schools, a draft, a deleted one, or a photo of another application answers 404 `not-found`. "
                + "Cached privately (`Cache-Control: private, max-age=300`): the photo of an id never changes.")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

        endpoints.MapGet("/api/v1/integration/applications", IntegrationFeedAsync)
            .RequireAuthorization(AccessPolicies.ApplicationsRead)
            .RequireRateLimiting(RateLimits.Integration)
            .WithTags("Integration")
            .WithName("IntegrationFeed")
            .WithSummary("The changes feed: submitted applications in the order of their last change, each at its latest state, with a cursor that never skips nor repeats")
            .WithDescription(
                "Bearer token with the scope `applications:read` (the guide: `docs/integration.md`; the design: ADR-0031). "
                + "Every change an integrator can see — submission, resubmission, return (有误), acceptance (已提交), deletion, an edit of a submitted application — moves the application "
                + "to a new position of one monotonic change sequence; the feed lists applications in that order, each once, at its latest state. "
                + "Page with `cursor`: send the `nextCursor` of the previous page (and the same filters); without it the feed starts at the beginning. "
                + "A full page has `hasMore: true` — ask again at once; a page with `hasMore: false` (possibly empty) means you have caught up — poll again later with its `nextCursor`. "
                + "A position is served only once every transaction that could still take a lower one has finished, so a client that pages while applications change never misses one. "
                + "Filters: `status` (`UnderReview`, `Returned`, `Accepted`: the latest status), `season` (season id), `changedSince` (ISO 8601: only applications whose last change is at or after it, for a first sync), "
                + "`limit` 1–500 (default 100). Deleted applications that had been submitted come as tombstones — `{ id, seasonId, deleted: true, changedAt, application: null }` — whatever `status` asks. "
                + "**Personal data:** as `GET /api/v1/integration/applications/{id}`: unmasked only with the scope `applications:read:pii`.")
            .ProducesValidationProblem()
            .WithValidationExample("cursor", "cursor 无效：请使用上一页返回的 nextCursor")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作")
            .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithProblemExample(StatusCodes.Status429TooManyRequests, "rate-limited", "操作过于频繁，请稍后再试");

        endpoints.MapGet("/api/v1/integration/applications/{id:guid}", IntegrationGetAsync)
            .RequireAuthorization(AccessPolicies.ApplicationsRead)
            .RequireRateLimiting(RateLimits.Integration)
            .WithTags("Integration")
            .WithName("IntegrationApplication")
            .WithSummary("One submitted application for an integrator; personal data only with the scope applications:read:pii")
            .WithDescription(
                "Bearer token of `POST /api/v1/auth/token` with the scope `applications:read`. Any submitted application (审核中, 有误, 已提交); a draft or a deleted one answers 404 `not-found`. "
                + "**Personal data:** resident IDs, phone numbers, the birth certificate number and detailed addresses (`addressDetail`, `community`) are returned as stored "
                + "only when the token also carries `applications:read:pii`. Without it identifiers and phones are masked (`410185********0014`, `138****2345`), "
                + "detailed addresses are `null` (the region code and name remain), and `personalDataMasked` is `true`.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithProblemExample(StatusCodes.Status429TooManyRequests, "rate-limited", "操作过于频繁，请稍后再试");
    }

    private static async Task<Ok<ReviewQueuePage>> QueueAsync(
        ClaimsPrincipal user,
        ISender sender,
        CancellationToken cancellationToken,
        string? status = null,
        Guid? school = null,
        string? kind = null,
        string? q = null,
        int? page = null,
        int? pageSize = null,
        string[]? evidence = null,
        string? preCheck = null,
        DateOnly? submittedFrom = null,
        DateOnly? submittedTo = null,
        bool? changedSinceReturn = null,
        string? sort = null,
        string? order = null,
        string? count = null) =>
        TypedResults.Ok(await sender.Send(
            new GetReviewQueueQuery(
                user.ToReviewScope(),
                Blank(status),
                school,
                Blank(kind),
                Blank(q),
                page ?? 1,
                pageSize ?? GetReviewQueueQuery.DefaultPageSize)
            {
                Evidence = EvidenceKinds(evidence),
                PreCheck = Blank(preCheck),
                SubmittedFrom = submittedFrom,
                SubmittedTo = submittedTo,
                ChangedSinceReturn = changedSinceReturn,
                Sort = Blank(sort),
                Order = Blank(order),
                Count = Blank(count),
            },
            cancellationToken));

    private static async Task<Ok<ApplicationDetailsDto>> GetAsync(Guid id, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var application = await sender.Send(new GetReviewApplicationQuery(http.ToReviewer(), id), cancellationToken);
        ETags.Set(http, application.Version);
        return TypedResults.Ok(application);
    }

    private static async Task<Ok<IntegrationFeedPage>> IntegrationFeedAsync(
        ClaimsPrincipal user,
        IAuthorizationService authorization,
        ISender sender,
        CancellationToken cancellationToken,
        string? cursor = null,
        string? status = null,
        Guid? season = null,
        DateTimeOffset? changedSince = null,
        int? limit = null)
    {
        var pii = await authorization.AuthorizeAsync(user, AccessPolicies.ApplicationsReadPii);
        return TypedResults.Ok(await sender.Send(
            new GetIntegrationFeedQuery(Blank(cursor), Blank(status), season, changedSince, limit, pii.Succeeded),
            cancellationToken));
    }

    private static async Task<Ok<ApplicationDetailsDto>> IntegrationGetAsync(
        Guid id,
        ClaimsPrincipal user,
        IAuthorizationService authorization,
        ISender sender,
        CancellationToken cancellationToken)
    {
        var pii = await authorization.AuthorizeAsync(user, AccessPolicies.ApplicationsReadPii);
        return TypedResults.Ok(await sender.Send(new GetIntegrationApplicationQuery(id, pii.Succeeded), cancellationToken));
    }

    private static async Task<FileContentHttpResult> AttachmentAsync(
        Guid id,
        Guid attachmentId,
        HttpContext http,
        ISender sender,
        CancellationToken cancellationToken,
        bool thumbnail = false)
    {
        var photo = await sender.Send(new DownloadReviewAttachmentQuery(http.ToReviewer(), id, attachmentId, thumbnail), cancellationToken);
        http.Response.Headers.CacheControl = "private, max-age=300";
        return TypedResults.File(photo.Bytes, photo.ContentType);
    }

    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary><c>evidence=a,b</c> and <c>evidence=a&amp;evidence=b</c> alike.</summary>
    private static List<string> EvidenceKinds(string[]? evidence) =>
        [.. (evidence ?? []).SelectMany(e => e.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];

    private static async Task<IResult> ExportAsync(
        HttpContext http,
        ISender sender,
        CancellationToken cancellationToken,
        string? status = null,
        Guid? school = null,
        string? kind = null,
        string? q = null,
        string[]? evidence = null,
        string? preCheck = null,
        DateOnly? submittedFrom = null,
        DateOnly? submittedTo = null,
        bool? changedSinceReturn = null,
        string? sort = null,
        string? order = null)
    {
        // The workbook goes to a temporary file (a zip needs its central directory written at the end), then
        // the file is sent and deleted on close: memory stays flat whatever the number of rows.
        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"review-export-{Guid.NewGuid():N}.xlsx"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await sender.Send(
                new ExportQueueCommand(http.ToReviewer(), file, Blank(status), school, Blank(kind), Blank(q))
                {
                    Evidence = EvidenceKinds(evidence),
                    PreCheck = Blank(preCheck),
                    SubmittedFrom = submittedFrom,
                    SubmittedTo = submittedTo,
                    ChangedSinceReturn = changedSinceReturn,
                    Sort = Blank(sort),
                    Order = Blank(order),
                },
                cancellationToken);
            file.Position = 0;
            var name = $"审核队列-{DateTimeOffset.UtcNow.ToOffset(ChinaTime.Offset):yyyyMMdd-HHmm}.xlsx";
            return TypedResults.File(file, XlsxContentType, name);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The data scope of a staff sign-in, read from its role and school claims.</summary>
internal static class StaffScopeClaims
{
    /// <summary>The staff member behind the request: scope, and who they are for the audit trail (account, name, role, client address).</summary>
    public static Reviewer ToReviewer(this HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = http.User;
        var scope = user.ToReviewScope();
        var role = user.IsInRole(StaffClaims.DistrictAdmin)
            ? StaffClaims.DistrictAdmin
            : user.IsInRole(StaffClaims.Auditor) ? StaffClaims.Auditor : StaffClaims.SchoolReviewer;
        var staffId = Guid.TryParse(user.FindFirstValue(StaffClaims.StaffId), out var id) ? id : (Guid?)null;
        var actor = new AuditActor(staffId, user.Identity?.Name ?? string.Empty, role, http.Connection.RemoteIpAddress?.ToString());
        return new Reviewer(scope, actor);
    }

    public static ReviewScope ToReviewScope(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var role = user.IsInRole(StaffClaims.DistrictAdmin)
            ? ReviewerRole.DistrictAdmin
            : user.IsInRole(StaffClaims.Auditor)
                ? ReviewerRole.Auditor
                : ReviewerRole.SchoolReviewer; // and any other staff sign-in: only its own schools (fail closed)
        var schools = user.FindAll(StaffClaims.SchoolId)
            .Select(c => Guid.TryParse(c.Value, out var id) ? id : (Guid?)null)
            .OfType<Guid>();
        return ReviewScope.For(role, schools);
    }
}
