using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Attachments.ReadAttachment;

/// <summary>A photo (or its thumbnail) of the parent's own application; anyone else's answers 404.</summary>
public sealed record ReadEvidenceAttachmentForParentQuery(Guid ParentAccountId, Guid ApplicationId, Guid AttachmentId, bool Thumbnail) : IQuery<AttachmentContent>;

internal sealed class ReadEvidenceAttachmentForParentQueryHandler(ISender sender, IEligibilityEvidenceRepository evidences, IEvidenceFileStore files)
    : IQueryHandler<ReadEvidenceAttachmentForParentQuery, AttachmentContent>
{
    public async ValueTask<AttachmentContent> Handle(ReadEvidenceAttachmentForParentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await sender.Send(new GetApplicationForEvidenceQuery(query.ApplicationId, query.ParentAccountId), cancellationToken);
        return await AttachmentReading.ReadAsync(evidences, files, query.ApplicationId, query.AttachmentId, query.Thumbnail, cancellationToken);
    }
}

internal static class AttachmentReading
{
    public static async Task<AttachmentContent> ReadAsync(
        IEligibilityEvidenceRepository evidences, IEvidenceFileStore files, Guid applicationId, Guid attachmentId, bool thumbnail, CancellationToken cancellationToken)
    {
        var evidence = await evidences.GetAsync(applicationId, cancellationToken);
        var attachment = evidence?.Attachments.SingleOrDefault(a => a.Id == attachmentId)
            ?? throw new NotFoundException("attachment", attachmentId);
        var key = thumbnail ? attachment.ThumbnailKey : attachment.FileKey;
        var bytes = await files.ReadAsync(key, cancellationToken) ?? throw new NotFoundException("attachment", attachmentId);
        return new AttachmentContent(bytes, thumbnail ? "image/jpeg" : Domain.Evidences.Attachments.ImageFormats.ContentType(attachment.Format));
    }
}
