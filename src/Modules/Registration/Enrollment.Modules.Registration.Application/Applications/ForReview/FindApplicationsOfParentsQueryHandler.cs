using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.ForReview;

internal sealed class FindApplicationsOfParentsQueryHandler(IApplicationsOfParentsReader reader)
    : IQueryHandler<FindApplicationsOfParentsQuery, IReadOnlyList<ApplicationOfParent>>
{
    public async ValueTask<IReadOnlyList<ApplicationOfParent>> Handle(FindApplicationsOfParentsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.ParentResidentIds.Count == 0 ? [] : await reader.FindAsync(query, cancellationToken);
    }
}
