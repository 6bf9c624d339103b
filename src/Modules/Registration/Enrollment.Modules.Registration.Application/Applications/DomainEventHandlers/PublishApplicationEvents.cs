using Enrollment.BuildingBlocks.Application.Events;
using Enrollment.Modules.Registration.Contracts.IntegrationEvents;
using Enrollment.Modules.Registration.Domain.Applications.Events;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.DomainEventHandlers;

/// <summary>Tells the other modules, through the outbox, what happened to an application.</summary>
internal sealed class PublishApplicationEvents(IOutbox outbox)
    : INotificationHandler<ApplicationStarted>,
      INotificationHandler<StudentInformationSaved>,
      INotificationHandler<GuardiansSaved>,
      INotificationHandler<ApplicationSubmitted>,
      INotificationHandler<ApplicationResubmitted>,
      INotificationHandler<ApplicationDeleted>,
      INotificationHandler<HouseholdSaved>,
      INotificationHandler<ApplicationReturned>,
      INotificationHandler<ApplicationAccepted>
{
    // Returned and accepted are the Review module's to announce (ApplicationReturned, ApplicationAccepted
    // in its contracts) once it drives them; the household page concerns no other module yet.
    public ValueTask Handle(HouseholdSaved notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask Handle(ApplicationReturned notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask Handle(ApplicationAccepted notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask Handle(ApplicationStarted notification, CancellationToken cancellationToken)
    {
        outbox.Add(new ApplicationStartedIntegrationEvent(
            Guid.CreateVersion7(),
            notification.OccurredAt,
            notification.ApplicationId.Value,
            notification.SeasonId.Value,
            notification.GraduationType.ToString()));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(StudentInformationSaved notification, CancellationToken cancellationToken)
    {
        outbox.Add(new StudentInformationSavedIntegrationEvent(Guid.CreateVersion7(), notification.OccurredAt, notification.ApplicationId.Value));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(GuardiansSaved notification, CancellationToken cancellationToken)
    {
        outbox.Add(new GuardiansChangedIntegrationEvent(Guid.CreateVersion7(), notification.OccurredAt, notification.ApplicationId.Value));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ApplicationSubmitted notification, CancellationToken cancellationToken)
    {
        outbox.Add(new ApplicationSubmittedIntegrationEvent(Guid.CreateVersion7(), notification.OccurredAt, notification.ApplicationId.Value, notification.SeasonId.Value));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ApplicationResubmitted notification, CancellationToken cancellationToken)
    {
        outbox.Add(new ApplicationResubmittedIntegrationEvent(Guid.CreateVersion7(), notification.OccurredAt, notification.ApplicationId.Value, notification.SeasonId.Value));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ApplicationDeleted notification, CancellationToken cancellationToken)
    {
        outbox.Add(new ApplicationDeletedIntegrationEvent(Guid.CreateVersion7(), notification.OccurredAt, notification.ApplicationId.Value, notification.SeasonId.Value));
        return ValueTask.CompletedTask;
    }
}
