using Enrollment.BuildingBlocks.Application.Events;
using Enrollment.Modules.Registration.Contracts.IntegrationEvents;
using Enrollment.Modules.Registration.Domain.Applications.Events;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.DomainEventHandlers;

/// <summary>Tells the other modules, through the outbox, what happened to an application.</summary>
internal sealed class PublishApplicationEvents(IOutbox outbox)
    : INotificationHandler<ApplicationStarted>, INotificationHandler<StudentInformationSaved>
{
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
}
