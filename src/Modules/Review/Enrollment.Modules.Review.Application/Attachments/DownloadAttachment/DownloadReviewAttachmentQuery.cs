using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Review.Application.Reviewers;
using Mediator;

namespace Enrollment.Modules.Review.Application.Attachments.DownloadAttachment;

/// <summary>
/// A certificate photo (or its thumbnail) of a submitted application, for staff whose scope covers its
/// graduation school; otherwise, or when there is no such photo, not found (404).
/// </summary>
public sealed record DownloadReviewAttachmentQuery(Reviewer Reviewer, Guid ApplicationId, Guid AttachmentId, bool Thumbnail) : IQuery<EvidenceAttachmentContent>;

internal sealed class DownloadReviewAttachmentQueryHandler(ISender sender) : IQueryHandler<DownloadReviewAttachmentQuery, EvidenceAttachmentContent>
{
    public async ValueTask<EvidenceAttachmentContent> Handle(DownloadReviewAttachmentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await sender.Send(
            new ReadEvidenceAttachmentQuery(query.ApplicationId, query.AttachmentId, query.Thumbnail, query.Reviewer.Scope.SchoolIds),
            cancellationToken);
    }
}
