using Enrollment.BuildingBlocks.Application.Persistence;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Contracts.IntegrationEvents;
using Enrollment.Modules.Registration.Contracts.IntegrationEvents;
using Enrollment.Modules.Review.Domain.ApplicationHistory;
using Mediator;

namespace Enrollment.Modules.Review.Application.ApplicationHistory;

public interface IApplicationHistoryRepository
{
    Task<bool> HasMessageAsync(Guid messageId, CancellationToken cancellationToken);

    void Add(ApplicationHistoryEntry entry);
}

/// <summary>
/// Keeps the reviewers' history of each application from the Registration and Evidence modules' events.
/// Idempotent by message id: the outbox delivers at least once.
/// </summary>
internal sealed class RecordApplicationHistory(IApplicationHistoryRepository history, IUnitOfWork unitOfWork)
    : INotificationHandler<ApplicationStartedIntegrationEvent>,
      INotificationHandler<StudentInformationSavedIntegrationEvent>,
      INotificationHandler<GuardiansChangedIntegrationEvent>,
      INotificationHandler<ApplicationSubmittedIntegrationEvent>,
      INotificationHandler<ApplicationResubmittedIntegrationEvent>,
      INotificationHandler<ApplicationDeletedIntegrationEvent>,
      INotificationHandler<EvidenceChangedIntegrationEvent>
{
    /// <summary>An evidence page saved or skipped: <c>EvidenceSaved:property</c>, <c>EvidenceSkipped:business</c>, ...</summary>
    public ValueTask Handle(EvidenceChangedIntegrationEvent notification, CancellationToken cancellationToken) =>
        RecordAsync(notification.Id, notification.ApplicationId, $"{(notification.Skipped ? "EvidenceSkipped" : "EvidenceSaved")}:{notification.Kind}", notification.OccurredAt, cancellationToken);

    public ValueTask Handle(GuardiansChangedIntegrationEvent notification, CancellationToken cancellationToken) =>
        RecordAsync(notification.Id, notification.ApplicationId, "GuardiansChanged", notification.OccurredAt, cancellationToken);

    public ValueTask Handle(ApplicationSubmittedIntegrationEvent notification, CancellationToken cancellationToken) =>
        RecordAsync(notification.Id, notification.ApplicationId, "Submitted", notification.OccurredAt, cancellationToken);

    public ValueTask Handle(ApplicationResubmittedIntegrationEvent notification, CancellationToken cancellationToken) =>
        RecordAsync(notification.Id, notification.ApplicationId, "Resubmitted", notification.OccurredAt, cancellationToken);

    public ValueTask Handle(ApplicationDeletedIntegrationEvent notification, CancellationToken cancellationToken) =>
        RecordAsync(notification.Id, notification.ApplicationId, "Deleted", notification.OccurredAt, cancellationToken);

    public ValueTask Handle(ApplicationStartedIntegrationEvent notification, CancellationToken cancellationToken) =>
        RecordAsync(notification.Id, notification.ApplicationId, "Started", notification.OccurredAt, cancellationToken);

    public ValueTask Handle(StudentInformationSavedIntegrationEvent notification, CancellationToken cancellationToken) =>
        RecordAsync(notification.Id, notification.ApplicationId, "StudentSaved", notification.OccurredAt, cancellationToken);

    private async ValueTask RecordAsync(Guid messageId, Guid applicationId, string @event, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        if (await history.HasMessageAsync(messageId, cancellationToken))
        {
            return;
        }

        history.Add(ApplicationHistoryEntry.Record(messageId, applicationId, @event, occurredAt));
        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch (BusinessRuleValidationException exception) when (exception.Code == MessageAlreadyRecorded.Code)
        {
            // Another delivery of the same message won the race; the history already has it.
        }
    }
}
