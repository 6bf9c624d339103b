using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Schools;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;
using Mapster;

namespace Enrollment.Modules.Registration.Application.Schools.ListClasses;

public sealed record ListClassesQuery(Guid SchoolId) : IQuery<IReadOnlyList<SchoolClassDto>>;

internal sealed class ListClassesQueryHandler(ISchoolRepository schools) : IQueryHandler<ListClassesQuery, IReadOnlyList<SchoolClassDto>>
{
    public async ValueTask<IReadOnlyList<SchoolClassDto>> Handle(ListClassesQuery query, CancellationToken cancellationToken)
    {
        var school = await schools.GetAsync(new SchoolId(query.SchoolId), cancellationToken) ?? throw new NotFoundException("school", query.SchoolId);
        return school.Classes.Adapt<List<SchoolClassDto>>(RegistrationMapping.Config);
    }
}
