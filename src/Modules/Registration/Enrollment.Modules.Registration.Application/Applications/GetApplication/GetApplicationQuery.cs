using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.GetApplication;

public sealed record GetApplicationQuery(Guid ParentAccountId, Guid ApplicationId) : IQuery<ApplicationDto>;

internal sealed class GetApplicationQueryHandler(IApplicationRepository applications) : IQueryHandler<GetApplicationQuery, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        var application = await applications.GetOwnAsync(new ApplicationId(query.ApplicationId), query.ParentAccountId, cancellationToken)
            ?? throw new NotFoundException("application", query.ApplicationId);
        return application.ToDto();
    }
}
