using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Application.Attachments.ReadAttachment;
using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mapster;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Attachments.ForReview;

/// <summary>The reviewer's list of photos: the scope is Registration's answer (a submitted application of a school in scope).</summary>
internal sealed class GetEvidenceAttachmentsForReviewQueryHandler(ISender sender, IEligibilityEvidenceRepository evidences)
    : IQueryHandler<GetEvidenceAttachmentsForReviewQuery, IReadOnlyList<EvidenceAttachmentInfo>>
{
    public async ValueTask<IReadOnlyList<EvidenceAttachmentInfo>> Handle(GetEvidenceAttachmentsForReviewQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await sender.Send(new GetSubmittedApplicationQuery(query.ApplicationId, query.AllowedSchoolIds), cancellationToken);
        var evidence = await evidences.GetAsync(query.ApplicationId, cancellationToken);
        return evidence is null
            ? []
            : evidence.Attachments.OrderBy(a => a.Kind).ThenBy(a => a.UploadedAt).Adapt<List<EvidenceAttachmentInfo>>(AttachmentMappings.Config);
    }
}
