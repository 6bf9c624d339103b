using Enrollment.BuildingBlocks.Application.Events;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Contracts.IntegrationEvents;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Application.Applications;
using Enrollment.Modules.Review.Domain.Audit;
using Enrollment.Modules.Review.Domain.Decisions;
using Mediator;

namespace Enrollment.Modules.Review.Application.Decisions.ReturnApplication;

internal sealed class ReturnWithReasonsCommandHandler(
    ISender sender,
    IReturnReasonRepository reasons,
    IReturnDecisionRepository returns,
    IAuditTrail audit,
    IOutbox outbox,
    TimeProvider clock) : ICommandHandler<ReturnWithReasonsCommand, ReviewDecisionResult>
{
    public async ValueTask<ReviewDecisionResult> Handle(ReturnWithReasonsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reviewer = command.Reviewer;
        var application = await sender.Send(new GetSubmittedApplicationQuery(command.ApplicationId, reviewer.Scope.SchoolIds), cancellationToken);
        var choices = (command.Reasons ?? []).Select(r => new ReasonChoice(r.Page ?? string.Empty, r.Field ?? string.Empty, r.ReasonId, r.Note)).ToList();
        var options = await reasons.GetManyAsync(choices.Select(c => c.ReasonId), cancellationToken);
        var now = clock.GetUtcNow();
        var decision = ReturnDecision.Record(
            application.Id, reviewer.Actor.StaffId, reviewer.Actor.Name, choices, options, ApplicationFieldValues.Of(application), now);

        // Registration decides first (status, version check); only a decision made is kept and audited here.
        await sender.Send(
            new ReturnApplicationCommand(application.Id, [.. decision.Reasons.Select(r => r.Text)], command.ExpectedVersion ?? application.Version),
            cancellationToken);
        returns.Add(decision);
        outbox.Add(new ApplicationReturnedIntegrationEvent(decision.Id, now, application.Id, decision.Reasons.Count));
        audit.Add(AuditEntry.Record(reviewer.Actor, AuditAction.Return, application.Id, string.Join("\n", decision.Reasons.Select(r => r.Text)), now));

        var returned = await sender.Send(new GetSubmittedApplicationQuery(application.Id, AllowedSchoolIds: null), cancellationToken);
        return new ReviewDecisionResult(returned.Id, returned.Status, returned.StatusText, returned.Version);
    }
}
