using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mapster;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Attachments.ListAttachments;

/// <summary>The photos of one page of the parent's own application, oldest first.</summary>
public sealed record GetEvidenceAttachmentsQuery(Guid ParentAccountId, Guid ApplicationId, string Kind) : IQuery<IReadOnlyList<AttachmentDto>>;

internal sealed class GetEvidenceAttachmentsQueryHandler(ISender sender, IEligibilityEvidenceRepository evidences)
    : IQueryHandler<GetEvidenceAttachmentsQuery, IReadOnlyList<AttachmentDto>>
{
    public async ValueTask<IReadOnlyList<AttachmentDto>> Handle(GetEvidenceAttachmentsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var kind = EvidenceKinds.FromSlug(query.Kind) ?? throw new NotFoundException("evidence kind", query.Kind);
        await sender.Send(new GetApplicationForEvidenceQuery(query.ApplicationId, query.ParentAccountId), cancellationToken);
        var evidence = await evidences.GetAsync(query.ApplicationId, cancellationToken);
        return evidence is null ? [] : evidence.AttachmentsOf(kind).Adapt<List<AttachmentDto>>(AttachmentMappings.Config);
    }
}
