using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Schools;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Schools.AddClass;

public sealed record AddClassCommand(Guid SchoolId, string? Name) : ICommand<SchoolClassDto>;

internal sealed class AddClassCommandValidator : AbstractValidator<AddClassCommand>
{
    public AddClassCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("请填写班级名称").MaximumLength(30).WithMessage("班级名称不能超过30个字");
    }
}

internal sealed class AddClassCommandHandler(ISchoolRepository schools) : ICommandHandler<AddClassCommand, SchoolClassDto>
{
    public async ValueTask<SchoolClassDto> Handle(AddClassCommand command, CancellationToken cancellationToken)
    {
        var school = await schools.GetAsync(new SchoolId(command.SchoolId), cancellationToken) ?? throw new NotFoundException("school", command.SchoolId);
        var added = school.AddClass(command.Name!);
        return new SchoolClassDto(added.Id, added.Name);
    }
}
