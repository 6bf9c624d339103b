using Enrollment.BuildingBlocks.Application.Persistence;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.IntegrationEvents;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Evidences.DomainEventHandlers;

/// <summary>
/// A retention batch (ADR-0041): the evidence of these applications loses its photos (files first; a missing file is no
/// error, so a redelivered event passes), the content of its pages and the social-insurance outcomes, which name the
/// parents' IDs. Which pages were saved stays for the statistics.
/// </summary>
internal sealed class AnonymizeEvidenceOfAnonymizedApplications(
    IEligibilityEvidenceRepository evidences,
    ISocialInsuranceOutcomeRepository outcomes,
    IEvidenceFileStore files,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : INotificationHandler<ApplicationsAnonymizedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationsAnonymizedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var now = clock.GetUtcNow();
        foreach (var evidence in await evidences.ListAsync(notification.ApplicationIds, cancellationToken))
        {
            foreach (var attachment in evidence.Anonymize(now))
            {
                await files.DeleteAsync(attachment.FileKey, cancellationToken);
                await files.DeleteAsync(attachment.ThumbnailKey, cancellationToken);
            }
        }

        foreach (var outcome in await outcomes.ListAsync(notification.ApplicationIds, cancellationToken))
        {
            outcomes.Remove(outcome);
        }

        await unitOfWork.CommitAsync(cancellationToken);
    }
}
