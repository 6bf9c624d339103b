using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Schools;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Schools.DeleteClass;

public sealed record DeleteClassCommand(Guid SchoolId, Guid ClassId) : ICommand;

internal sealed class DeleteClassCommandHandler(ISchoolRepository schools, IApplicationRepository applications) : ICommandHandler<DeleteClassCommand>
{
    public async ValueTask<Unit> Handle(DeleteClassCommand command, CancellationToken cancellationToken)
    {
        var school = await schools.GetAsync(new SchoolId(command.SchoolId), cancellationToken) ?? throw new NotFoundException("school", command.SchoolId);
        school.RemoveClass(command.ClassId, await applications.AnyChoosesSchoolAsync(command.SchoolId, command.ClassId, cancellationToken));
        return Unit.Value;
    }
}
