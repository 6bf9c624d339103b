using Enrollment.BuildingBlocks.Application.Persistence;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.IntegrationEvents;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Attachments.DomainEventHandlers;

/// <summary>
/// A deleted application takes its certificate photos with it: files first (a missing file is no error, so a
/// redelivered event passes), then the rows. At-least-once delivery through the outbox.
/// </summary>
internal sealed class DeleteAttachmentsOfDeletedApplication(IEligibilityEvidenceRepository evidences, IEvidenceFileStore files, IUnitOfWork unitOfWork, TimeProvider clock)
    : INotificationHandler<ApplicationDeletedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationDeletedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var evidence = await evidences.GetAsync(notification.ApplicationId, cancellationToken);
        if (evidence is null || evidence.Attachments.Count == 0)
        {
            return;
        }

        foreach (var attachment in evidence.Attachments)
        {
            await files.DeleteAsync(attachment.FileKey, cancellationToken);
            await files.DeleteAsync(attachment.ThumbnailKey, cancellationToken);
        }

        evidence.DetachAll(clock.GetUtcNow());
        await unitOfWork.CommitAsync(cancellationToken);
    }
}
