using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Application.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences.Attachments;
using Enrollment.Modules.Evidence.Domain.Evidences.Rules;
using FluentValidation;
using Mapster;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Attachments.AddAttachment;

/// <summary>
/// A certificate photo for one evidence page of the parent's own application. <paramref name="Length"/> is the
/// uploaded size; <paramref name="Content"/> its bytes (only the first ones when it is over the limit).
/// </summary>
public sealed record AddEvidenceAttachmentCommand(Guid ParentAccountId, Guid ApplicationId, string Kind, long Length, byte[] Content) : ICommand<AttachmentDto>;

internal sealed class AddEvidenceAttachmentCommandValidator : AbstractValidator<AddEvidenceAttachmentCommand>
{
    public AddEvidenceAttachmentCommandValidator() =>
        RuleFor(c => c.Length).GreaterThan(0).WithMessage("请选择要上传的照片").OverridePropertyName("file");
}

internal sealed class AddEvidenceAttachmentCommandHandler(
    ISender sender,
    IEligibilityEvidenceRepository evidences,
    IImageCleaner cleaner,
    IEvidenceFileStore files,
    TimeProvider clock) : ICommandHandler<AddEvidenceAttachmentCommand, AttachmentDto>
{
    public async ValueTask<AttachmentDto> Handle(AddEvidenceAttachmentCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var kind = EvidenceKinds.FromSlug(command.Kind) ?? throw new NotFoundException("evidence kind", command.Kind);
        var now = clock.GetUtcNow();
        var (_, facts) = await sender.LoadFactsAsync(command.ApplicationId, command.ParentAccountId, now, cancellationToken);
        var evidence = await evidences.GetAsync(command.ApplicationId, cancellationToken);
        if (evidence is null)
        {
            evidence = EligibilityEvidence.StartFor(command.ApplicationId, now);
            evidences.Add(evidence);
        }

        var format = ImageFormats.Detect(command.Content);
        evidence.CheckCanAttach(kind, format, command.Length, facts);
        var clean = cleaner.Clean(command.Content, format!.Value)
            ?? throw new BusinessRuleValidationException(new AttachmentMustBeReadableRule(readable: false));

        var id = Guid.CreateVersion7();
        var image = new StoredImage(format.Value, AttachmentKeys.Image(command.ApplicationId, id, format.Value), AttachmentKeys.Thumbnail(command.ApplicationId, id), clean.Image.Length, clean.Width, clean.Height);
        await files.SaveAsync(image.FileKey, clean.Image, cancellationToken);
        await files.SaveAsync(image.ThumbnailKey, clean.Thumbnail, cancellationToken);
        return evidence.Attach(id, kind, image, facts, now).Adapt<AttachmentDto>(AttachmentMappings.Config);
    }
}
