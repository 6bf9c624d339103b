using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Domain.PersonalData;
using Enrollment.Modules.Review.Domain.Scopes;
using Mediator;

namespace Enrollment.Modules.Review.Application.Applications;

/// <summary>
/// A reviewer's (or auditor's) view of one submitted application, identifiers and phones masked. A draft,
/// a deleted one, or one outside <see cref="Scope"/> is not found (404), as for parents.
/// </summary>
public sealed record GetReviewApplicationQuery(ReviewScope Scope, Guid ApplicationId) : IQuery<ApplicationDetailsDto>;

internal sealed class GetReviewApplicationQueryHandler(ISender sender) : IQueryHandler<GetReviewApplicationQuery, ApplicationDetailsDto>
{
    public async ValueTask<ApplicationDetailsDto> Handle(GetReviewApplicationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var application = await sender.Send(new GetSubmittedApplicationQuery(query.ApplicationId, query.Scope.SchoolIds), cancellationToken);
        return application.ToDetails(Disclosure.Masked);
    }
}
