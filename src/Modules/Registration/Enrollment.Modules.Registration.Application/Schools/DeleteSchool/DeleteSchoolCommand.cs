using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Schools;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Schools.DeleteSchool;

public sealed record DeleteSchoolCommand(Guid Id) : ICommand;

internal sealed class DeleteSchoolCommandHandler(ISchoolRepository schools, IApplicationRepository applications) : ICommandHandler<DeleteSchoolCommand>
{
    public async ValueTask<Unit> Handle(DeleteSchoolCommand command, CancellationToken cancellationToken)
    {
        var school = await schools.GetAsync(new SchoolId(command.Id), cancellationToken) ?? throw new NotFoundException("school", command.Id);
        school.CheckCanBeDeleted(await applications.AnyChoosesSchoolAsync(command.Id, null, cancellationToken));
        schools.Remove(school);
        return Unit.Value;
    }
}
