using System.Security.Claims;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Evidence.Application.Attachments;
using Enrollment.Modules.Evidence.Application.Attachments.AddAttachment;
using Enrollment.Modules.Evidence.Application.Attachments.DeleteAttachment;
using Enrollment.Modules.Evidence.Application.Attachments.ListAttachments;
using Enrollment.Modules.Evidence.Application.Attachments.ReadAttachment;
using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Evidence.Domain.Evidences.Attachments;
using Enrollment.Modules.Evidence.Domain.Evidences.Rules;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.Modules.Evidence.Infrastructure.Endpoints;

/// <summary>
/// Certificate photos: the parent's <c>/api/v1/applications/{id}/evidence/{kind}/attachments</c> and the
/// reviewer's <c>/api/v1/review/applications/{id}/evidence/attachments</c>. Descriptions and examples: <see cref="EvidenceExamples"/>.
/// </summary>
internal static class AttachmentEndpoints
{
    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var parent = endpoints.MapGroup("/api/v1/applications/{id:guid}/evidence/{kind}/attachments")
            .WithTags("Eligibility evidence (parent)")
            .RequireAuthorization(ParentClaims.ParentPolicy)
            .RequireConsentForWrites();

        parent.MapPost("/", AddAsync)
            .WithName("AddEvidenceAttachment")
            .DisableAntiforgery()
            .WithSummary("Upload a certificate photo for one evidence page (multipart `file`)")
            .WithRequestExample("multipart/form-data", new { file = "不动产权证书.jpg (the photo's bytes: JPEG, PNG, WebP or HEIC)" })
            .AddAttachmentDocs();

        parent.MapGet("/", ListAsync)
            .WithName("ListEvidenceAttachments")
            .WithSummary("The photos of one evidence page, oldest first")
            .NotFound();

        parent.MapGet("/{attachmentId:guid}", ReadAsync)
            .WithName("ReadEvidenceAttachment")
            .WithSummary("One photo's bytes (`?thumbnail=true`: its JPEG thumbnail)")
            .ReadAttachmentDocs();

        parent.MapDelete("/{attachmentId:guid}", DeleteAsync)
            .WithName("DeleteEvidenceAttachment")
            .WithSummary("Delete one photo and its files")
            .DeleteAttachmentDocs();

        var review = endpoints.MapGroup("/api/v1/review/applications/{id:guid}/evidence/attachments")
            .WithTags("Eligibility evidence (reviewer)")
            .RequireAuthorization(AccessPolicies.StaffRead);

        review.MapGet("/", ListForReviewAsync)
            .WithName("ListEvidenceAttachmentsForReview")
            .WithSummary("Every photo of a submitted application in my scope, by page")
            .NotFound();

        review.MapGet("/{attachmentId:guid}", ReadForReviewAsync)
            .WithName("ReadEvidenceAttachmentForReview")
            .WithSummary("One photo's bytes (`?thumbnail=true`: its thumbnail), for a submitted application in my scope")
            .ReadAttachmentDocs();
    }

    private static async Task<Created<AttachmentDto>> AddAsync(Guid id, string kind, HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken)
    {
        var (length, content) = await ReadUploadAsync(request, cancellationToken);
        var added = await sender.Send(new AddEvidenceAttachmentCommand(user.ParentAccountId(), id, kind, length, content), cancellationToken);
        return TypedResults.Created($"/api/v1/applications/{id}/evidence/{kind}/attachments/{added.Id}", added);
    }

    /// <summary>The `file` part: its length, and its bytes — only the signature when it is over the limit, which the rule then refuses.</summary>
    private static async Task<(long Length, byte[] Content)> ReadUploadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (0, []);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return (0, []);
        }

        var toRead = file.Length > AttachmentMustNotExceedTenMegabytesRule.MaxLength ? ImageFormats.SignatureLength : (int)file.Length;
        var content = new byte[toRead];
        await using var stream = file.OpenReadStream();
        await stream.ReadAtLeastAsync(content, toRead, throwOnEndOfStream: false, cancellationToken);
        return (file.Length, content);
    }

    private static async Task<Ok<IReadOnlyList<AttachmentDto>>> ListAsync(Guid id, string kind, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetEvidenceAttachmentsQuery(user.ParentAccountId(), id, kind), cancellationToken));

    private static async Task<FileContentHttpResult> ReadAsync(Guid id, Guid attachmentId, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken, bool thumbnail = false)
    {
        var content = await sender.Send(new ReadEvidenceAttachmentForParentQuery(user.ParentAccountId(), id, attachmentId, thumbnail), cancellationToken);
        return Private(http, content.Bytes, content.ContentType);
    }

    private static async Task<NoContent> DeleteAsync(Guid id, string kind, Guid attachmentId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteEvidenceAttachmentCommand(user.ParentAccountId(), id, kind, attachmentId), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<EvidenceAttachmentInfo>>> ListForReviewAsync(Guid id, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetEvidenceAttachmentsForReviewQuery(id, AllowedSchoolsOf(user)), cancellationToken));

    private static async Task<FileContentHttpResult> ReadForReviewAsync(Guid id, Guid attachmentId, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken, bool thumbnail = false)
    {
        var content = await sender.Send(new ReadEvidenceAttachmentQuery(id, attachmentId, thumbnail, AllowedSchoolsOf(user)), cancellationToken);
        return Private(http, content.Bytes, content.ContentType);
    }

    /// <summary>A staff sign-in's data scope: every school for DistrictAdmin and Auditor, else only its school claims (none: nothing).</summary>
    private static Guid[]? AllowedSchoolsOf(ClaimsPrincipal user) =>
        user.IsInRole(StaffClaims.DistrictAdmin) || user.IsInRole(StaffClaims.Auditor)
            ? null
            : [.. user.FindAll(StaffClaims.SchoolId).Select(c => Guid.TryParse(c.Value, out var school) ? school : Guid.Empty).Where(g => g != Guid.Empty)];

    /// <summary>Personal documents: never kept by a shared cache, never sniffed into another type.</summary>
    private static FileContentHttpResult Private(HttpContext http, byte[] bytes, string contentType)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(bytes, contentType);
    }
}
