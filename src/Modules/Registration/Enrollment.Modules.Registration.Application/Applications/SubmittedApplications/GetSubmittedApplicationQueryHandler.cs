using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.SubmittedApplications;

internal sealed class GetSubmittedApplicationQueryHandler(ISubmittedApplicationReader reader, ISchoolRepository schools)
    : IQueryHandler<GetSubmittedApplicationQuery, SubmittedApplication>
{
    public async ValueTask<SubmittedApplication> Handle(GetSubmittedApplicationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scope = await ScopeAcrossSeasons.WidenAsync(schools, query.AllowedSchoolIds, cancellationToken);
        return await reader.GetAsync(query.ApplicationId, scope, cancellationToken)
            ?? throw new NotFoundException("application", query.ApplicationId);
    }
}
