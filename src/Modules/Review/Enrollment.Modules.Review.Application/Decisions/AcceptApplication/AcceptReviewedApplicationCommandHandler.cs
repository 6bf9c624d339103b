using Enrollment.BuildingBlocks.Application.Events;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Contracts.IntegrationEvents;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Domain.Audit;
using Mediator;

namespace Enrollment.Modules.Review.Application.Decisions.AcceptApplication;

internal sealed class AcceptReviewedApplicationCommandHandler(ISender sender, IAuditTrail audit, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<AcceptReviewedApplicationCommand, ReviewDecisionResult>
{
    public async ValueTask<ReviewDecisionResult> Handle(AcceptReviewedApplicationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reviewer = command.Reviewer;
        var application = await sender.Send(new GetSubmittedApplicationQuery(command.ApplicationId, reviewer.Scope.SchoolIds), cancellationToken);

        // Registration decides first: of two acceptances at once, the version column lets one through.
        await sender.Send(new AcceptApplicationCommand(application.Id, command.ExpectedVersion ?? application.Version), cancellationToken);
        var entry = AuditEntry.Record(reviewer.Actor, AuditAction.Accept, application.Id, null, clock.GetUtcNow());
        audit.Add(entry);

        // The decision's audit line and its event are written together: the event's id is the line's.
        outbox.Add(new ApplicationAcceptedIntegrationEvent(entry.Id, entry.OccurredAt, application.Id));

        var accepted = await sender.Send(new GetSubmittedApplicationQuery(application.Id, AllowedSchoolIds: null), cancellationToken);
        return new ReviewDecisionResult(accepted.Id, accepted.Status, accepted.StatusText, accepted.Version);
    }
}
