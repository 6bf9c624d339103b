using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Application.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Attachments.DeleteAttachment;

/// <summary>Deletes one photo of a page of the parent's own application, and its files.</summary>
public sealed record DeleteEvidenceAttachmentCommand(Guid ParentAccountId, Guid ApplicationId, string Kind, Guid AttachmentId) : ICommand;

internal sealed class DeleteEvidenceAttachmentCommandHandler(ISender sender, IEligibilityEvidenceRepository evidences, IEvidenceFileStore files, TimeProvider clock)
    : ICommandHandler<DeleteEvidenceAttachmentCommand>
{
    public async ValueTask<Unit> Handle(DeleteEvidenceAttachmentCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var kind = EvidenceKinds.FromSlug(command.Kind) ?? throw new NotFoundException("evidence kind", command.Kind);
        var now = clock.GetUtcNow();
        var (_, facts) = await sender.LoadFactsAsync(command.ApplicationId, command.ParentAccountId, now, cancellationToken);
        var evidence = await evidences.GetAsync(command.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("attachment", command.AttachmentId);
        var removed = evidence.Detach(kind, command.AttachmentId, facts, now);
        await files.DeleteAsync(removed.FileKey, cancellationToken);
        await files.DeleteAsync(removed.ThumbnailKey, cancellationToken);
        return Unit.Value;
    }
}
