using Enrollment.BuildingBlocks.Domain.PersonalData;
using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Review.Domain.PersonalData;
using Mediator;

namespace Enrollment.Modules.Review.Application.Applications;

/// <summary>
/// One evidence page (5–11) in the reviewer's detail: <c>state</c> is <c>Saved</c> (with <c>fields</c>),
/// <c>Skipped</c> (「无此信息跳过」, with <c>skippedAt</c>) or <c>NotAnswered</c>. Identifiers in the fields
/// (居住证号码, 社保编号, 被拆迁人身份证号) are masked as the rest of the detail.
/// </summary>
/// <param name="Kind">`property`, `residence-permit`, `employment`, `business`, `preferential-care`, `relocation` or `long-term-residence`.</param>
/// <param name="Page">The wizard's page number, 5–11.</param>
/// <param name="Fields">Saved pages only: the fields as the parent's request named them, plus `regionCode`, `regionName`, `addressDetail`, `community`.</param>
/// <param name="Attachments">The page's certificate photos, oldest first.</param>
public sealed record ReviewEvidencePageDto(
    string Kind,
    int Page,
    string Title,
    string State,
    IReadOnlyDictionary<string, string?>? Fields,
    DateTimeOffset? SkippedAt,
    DateTimeOffset? SavedAt,
    IReadOnlyList<ReviewAttachmentDto> Attachments);

/// <summary>A certificate photo: <c>url</c> downloads it (<c>thumbnailUrl</c> its JPEG thumbnail), for staff in scope.</summary>
public sealed record ReviewAttachmentDto(Guid Id, string Url, string ThumbnailUrl, string ContentType, long Length, int Width, int Height, DateTimeOffset UploadedAt);

/// <summary>Reads pages 5–11 and their photos through the Evidence module's contract, in the caller's scope.</summary>
internal static class EvidencePagesForReview
{
    public static async Task<(IReadOnlyList<EvidencePageForReview> Pages, IReadOnlyList<ReviewEvidencePageDto> Shown)> LoadAsync(
        ISender sender,
        Guid applicationId,
        IReadOnlyCollection<Guid>? allowedSchoolIds,
        Disclosure disclosure,
        CancellationToken cancellationToken)
    {
        var pages = await sender.Send(new GetEvidencePagesForReviewQuery(applicationId, allowedSchoolIds), cancellationToken);
        var photos = await sender.Send(new GetEvidenceAttachmentsForReviewQuery(applicationId, allowedSchoolIds), cancellationToken);
        var shown = pages.Select(page => new ReviewEvidencePageDto(
                page.Kind,
                page.Page,
                page.Title,
                page.State,
                page.Fields is null ? null : EvidenceIdentifiers.Disclose(page.Fields, disclosure),
                page.SkippedAt,
                page.State == "Saved" ? page.UpdatedAt : null,
                [.. photos.Where(p => p.Kind == page.Kind).Select(p => ToDto(applicationId, p))]))
            .ToList();
        return (pages, shown);
    }

    private static ReviewAttachmentDto ToDto(Guid applicationId, EvidenceAttachmentInfo photo)
    {
        var url = $"/api/v1/review/applications/{applicationId}/attachments/{photo.Id}";
        return new ReviewAttachmentDto(photo.Id, url, url + "?thumbnail=true", photo.ContentType, photo.Length, photo.Width, photo.Height, photo.UploadedAt);
    }
}
