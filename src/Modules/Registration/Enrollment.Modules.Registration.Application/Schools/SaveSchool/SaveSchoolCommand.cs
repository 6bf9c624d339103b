using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Schools;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;
using Mapster;

namespace Enrollment.Modules.Registration.Application.Schools.SaveSchool;

/// <summary>Creates a school with its classes (<see cref="Id"/> null) or renames / reorders one. Admin only.</summary>
/// <param name="Kind"><c>Kindergarten</c> (幼儿园) or <c>Primary</c> (小学).</param>
public sealed record SaveSchoolCommand(Guid? Id, Guid? SeasonId, string? Kind, string? Name, int? SortOrder, IReadOnlyList<string>? Classes) : ICommand<SchoolDto>;

internal sealed class SaveSchoolCommandValidator : AbstractValidator<SaveSchoolCommand>
{
    public SaveSchoolCommandValidator()
    {
        RuleFor(c => c.SeasonId).NotEmpty().WithMessage("请选择招生季").When(c => c.Id is null);
        RuleFor(c => c.Kind).Must(k => SchoolKinds.FromChinese(k) is not null).WithMessage("学校类型应为幼儿园（Kindergarten）或小学（Primary）").When(c => c.Id is null);
        RuleFor(c => c.Name).NotEmpty().WithMessage("请填写学校名称").MaximumLength(School.MaxNameLength).WithMessage("学校名称不能超过60个字");
        RuleForEach(c => c.Classes).NotEmpty().WithMessage("请填写班级名称").MaximumLength(30).WithMessage("班级名称不能超过30个字");
    }
}

internal sealed class SaveSchoolCommandHandler(ISchoolRepository schools, ISeasonRepository seasons) : ICommandHandler<SaveSchoolCommand, SchoolDto>
{
    public async ValueTask<SchoolDto> Handle(SaveSchoolCommand command, CancellationToken cancellationToken)
    {
        var name = command.Name!.Trim();
        if (command.Id is { } id)
        {
            var school = await schools.GetAsync(new SchoolId(id), cancellationToken) ?? throw new NotFoundException("school", id);
            var taken = await schools.NameTakenAsync(school.SeasonId, name, school.Id, cancellationToken);
            school.Update(name, command.SortOrder ?? school.SortOrder, taken);
            return school.Adapt<SchoolDto>(RegistrationMapping.Config);
        }

        var season = await seasons.GetAsync(new SeasonId(command.SeasonId!.Value), cancellationToken)
            ?? throw new NotFoundException("season", command.SeasonId);
        var created = School.Create(
            season.Id,
            SchoolKinds.FromChinese(command.Kind)!.Value,
            name,
            command.SortOrder ?? 0,
            await schools.NameTakenAsync(season.Id, name, null, cancellationToken));
        foreach (var className in command.Classes ?? [])
        {
            created.AddClass(className);
        }

        schools.Add(created);
        return created.Adapt<SchoolDto>(RegistrationMapping.Config);
    }
}
