using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Review.Contracts.Returns;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.GetApplication;

public sealed record GetApplicationQuery(Guid ParentAccountId, Guid ApplicationId) : IQuery<ApplicationDto>;

internal sealed class GetApplicationQueryHandler(IApplicationRepository applications, ISchoolRepository schools, ISender sender) : IQueryHandler<GetApplicationQuery, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        var application = await applications.GetOwnAsync(new ApplicationId(query.ApplicationId), query.ParentAccountId, cancellationToken)
            ?? throw new NotFoundException("application", query.ApplicationId);
        var school = application.Student?.GraduationSchoolId is { } schoolId
            ? await schools.GetAsync(new SchoolId(schoolId), cancellationToken)
            : null;
        var dto = application.ToDto(school);

        // The field reasons of a return are the Review module's; the parent reads them while the application is returned.
        return application.Status == ApplicationStatus.Returned
            ? dto with { ReturnedFields = await sender.Send(new GetReturnedFieldsQuery(application.Id.Value), cancellationToken) }
            : dto;
    }
}
