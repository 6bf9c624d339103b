using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Application.Attachments.ReadAttachment;
using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mapster;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Attachments.ForReview;

/// <summary>The reviewer's read of one photo, in the same scope.</summary>
internal sealed class ReadEvidenceAttachmentQueryHandler(ISender sender, IEligibilityEvidenceRepository evidences, IEvidenceFileStore files)
    : IQueryHandler<ReadEvidenceAttachmentQuery, EvidenceAttachmentContent>
{
    public async ValueTask<EvidenceAttachmentContent> Handle(ReadEvidenceAttachmentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            await sender.Send(new GetSubmittedApplicationQuery(query.ApplicationId, query.AllowedSchoolIds), cancellationToken);
        }
        catch (NotFoundException)
        {
            throw new NotFoundException("attachment", query.AttachmentId);
        }

        var content = await AttachmentReading.ReadAsync(evidences, files, query.ApplicationId, query.AttachmentId, query.Thumbnail, cancellationToken);
        return new EvidenceAttachmentContent(content.Bytes, content.ContentType);
    }
}
