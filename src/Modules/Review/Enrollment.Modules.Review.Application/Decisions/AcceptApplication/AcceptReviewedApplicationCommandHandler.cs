using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Domain.Audit;
using Mediator;

namespace Enrollment.Modules.Review.Application.Decisions.AcceptApplication;

internal sealed class AcceptReviewedApplicationCommandHandler(ISender sender, IAuditTrail audit, TimeProvider clock)
    : ICommandHandler<AcceptReviewedApplicationCommand, ReviewDecisionResult>
{
    public async ValueTask<ReviewDecisionResult> Handle(AcceptReviewedApplicationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reviewer = command.Reviewer;
        var application = await sender.Send(new GetSubmittedApplicationQuery(command.ApplicationId, reviewer.Scope.SchoolIds), cancellationToken);

        // Registration decides first: of two acceptances at once, the version column lets one through.
        await sender.Send(new AcceptApplicationCommand(application.Id, command.ExpectedVersion ?? application.Version), cancellationToken);
        audit.Add(AuditEntry.Record(reviewer.Actor, AuditAction.Accept, application.Id, null, clock.GetUtcNow()));

        var accepted = await sender.Send(new GetSubmittedApplicationQuery(application.Id, AllowedSchoolIds: null), cancellationToken);
        return new ReviewDecisionResult(accepted.Id, accepted.Status, accepted.StatusText, accepted.Version);
    }
}
