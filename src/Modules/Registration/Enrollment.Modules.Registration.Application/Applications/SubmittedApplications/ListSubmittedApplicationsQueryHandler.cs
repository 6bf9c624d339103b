using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.SubmittedApplications;

internal sealed class ListSubmittedApplicationsQueryHandler(ISubmittedApplicationReader reader, ISchoolRepository schools)
    : IQueryHandler<ListSubmittedApplicationsQuery, SubmittedApplicationPage>
{
    public async ValueTask<SubmittedApplicationPage> Handle(ListSubmittedApplicationsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var normalized = query with
        {
            Page = Math.Max(1, query.Page),
            PageSize = Math.Clamp(query.PageSize, 1, ListSubmittedApplicationsQuery.MaxPageSize),
            Search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim(),
            AllowedSchoolIds = await ScopeAcrossSeasons.WidenAsync(schools, query.AllowedSchoolIds, cancellationToken),
        };
        return await reader.ListAsync(normalized, cancellationToken);
    }
}
