using Enrollment.BuildingBlocks.Domain.PersonalData;
using Enrollment.BuildingBlocks.Application.Persistence;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Application.Reviewers;
using Enrollment.Modules.Review.Domain.Audit;
using Enrollment.Modules.Review.Domain.Fields;
using Enrollment.Modules.Review.Application.PreChecks;
using Enrollment.Modules.Review.Domain.PreChecks;
using Mediator;

namespace Enrollment.Modules.Review.Application.Applications.GetReviewApplication;

/// <summary>
/// A reviewer's (or auditor's) view of one submitted application, identifiers and phones masked, with the
/// reasons of its last return and, once the parent resubmitted, what changed since that return. A draft, a
/// deleted one, or one outside the reviewer's scope is not found (404), as for parents. Every view is audited.
/// </summary>
public sealed record GetReviewApplicationQuery(Reviewer Reviewer, Guid ApplicationId) : IQuery<ApplicationDetailsDto>;

internal sealed class GetReviewApplicationQueryHandler(
    ISender sender,
    IReturnDecisionRepository returns,
    IAuditTrail audit,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IQueryHandler<GetReviewApplicationQuery, ApplicationDetailsDto>
{
    public async ValueTask<ApplicationDetailsDto> Handle(GetReviewApplicationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var application = await sender.Send(new GetSubmittedApplicationQuery(query.ApplicationId, query.Reviewer.Scope.SchoolIds), cancellationToken);
        var lastReturn = await returns.GetLatestAsync(application.Id, cancellationToken);
        var evidence = await EvidencePagesForReview.LoadAsync(sender, application.Id, query.Reviewer.Scope.SchoolIds, Disclosure.Masked, cancellationToken);
        var preChecks = await PreCheckFactsLoading.RunAsync(sender, application, evidence.Pages, cancellationToken);

        // Seeing an application is an act of the audit trail, written even though a read changes nothing else.
        audit.Add(AuditEntry.Record(query.Reviewer.Actor, AuditAction.View, application.Id, null, clock.GetUtcNow()));
        await unitOfWork.CommitAsync(cancellationToken);

        return application.ToDetails(Disclosure.Masked) with
        {
            ReturnedFields = lastReturn is null ? [] : [.. lastReturn.Reasons.Select(r => r.ToDto())],
            ReturnedAt = lastReturn?.ReturnedAt,
            ChangesSinceReturn = lastReturn is not null && application.Status != "Returned"
                ? FieldChanges.Between(lastReturn.Snapshot, ApplicationFieldValues.Of(application))
                : [],
            Evidence = evidence.Shown,
            PreChecks = [.. preChecks.Select(c => c.ToDto())],
            PreCheckOutcome = PreCheckSuite.Overall(preChecks).ToString(),
        };
    }
}
