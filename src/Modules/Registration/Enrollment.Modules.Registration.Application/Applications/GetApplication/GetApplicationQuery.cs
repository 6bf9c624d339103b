using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Schools;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.GetApplication;

public sealed record GetApplicationQuery(Guid ParentAccountId, Guid ApplicationId) : IQuery<ApplicationDto>;

internal sealed class GetApplicationQueryHandler(IApplicationRepository applications, ISchoolRepository schools) : IQueryHandler<GetApplicationQuery, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        var application = await applications.GetOwnAsync(new ApplicationId(query.ApplicationId), query.ParentAccountId, cancellationToken)
            ?? throw new NotFoundException("application", query.ApplicationId);
        var school = application.Student?.GraduationSchoolId is { } schoolId
            ? await schools.GetAsync(new SchoolId(schoolId), cancellationToken)
            : null;
        return application.ToDto(school);
    }
}

/// <summary>毕业生列表: every application of the account, newest change first.</summary>
public sealed record ListApplicationsQuery(Guid ParentAccountId) : IQuery<IReadOnlyList<ApplicationSummaryDto>>;

internal sealed class ListApplicationsQueryHandler(IApplicationRepository applications) : IQueryHandler<ListApplicationsQuery, IReadOnlyList<ApplicationSummaryDto>>
{
    public async ValueTask<IReadOnlyList<ApplicationSummaryDto>> Handle(ListApplicationsQuery query, CancellationToken cancellationToken)
    {
        var own = await applications.ListOwnAsync(query.ParentAccountId, cancellationToken);
        return [.. own.OrderByDescending(a => a.UpdatedAt).Select(a => a.ToSummary())];
    }
}
