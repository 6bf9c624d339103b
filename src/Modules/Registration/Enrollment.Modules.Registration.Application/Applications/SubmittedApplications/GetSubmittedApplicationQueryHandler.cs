using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.SubmittedApplications;

internal sealed class GetSubmittedApplicationQueryHandler(ISubmittedApplicationReader reader)
    : IQueryHandler<GetSubmittedApplicationQuery, SubmittedApplication>
{
    public async ValueTask<SubmittedApplication> Handle(GetSubmittedApplicationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await reader.GetAsync(query.ApplicationId, query.AllowedSchoolIds, cancellationToken)
            ?? throw new NotFoundException("application", query.ApplicationId);
    }
}
