using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Students;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.SaveStudent;

/// <summary>Page 2 (学生基本信息).</summary>
public sealed record SaveStudentCommand(Guid ParentAccountId, Guid ApplicationId, string? Name, string? ResidentId) : ICommand<SaveStudentResult>;

public sealed record SaveStudentResult(string Message, ApplicationDto Application);

public sealed class SaveStudentCommandValidator : AbstractValidator<SaveStudentCommand>
{
    public SaveStudentCommandValidator()
    {
        RuleFor(c => c.Name)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("请填写学生姓名")
            .Must(StudentName.IsValid).WithMessage(StudentName.InvalidMessage);

        // The domain's parser decides; the validator only brings its message to the field.
        RuleFor(c => c.ResidentId).Custom((value, context) =>
        {
            if (ResidentIdNumber.Parse(value).Message is { } message)
            {
                context.AddFailure(message);
            }
        });
    }
}

internal sealed class SaveStudentCommandHandler(
    IApplicationRepository applications,
    ISeasonRepository seasons,
    TimeProvider clock) : ICommandHandler<SaveStudentCommand, SaveStudentResult>
{
    public const string SavedMessage = "学生信息保存成功";

    public async ValueTask<SaveStudentResult> Handle(SaveStudentCommand command, CancellationToken cancellationToken)
    {
        var id = new ApplicationId(command.ApplicationId);
        var application = await applications.GetOwnAsync(id, command.ParentAccountId, cancellationToken)
            ?? throw new NotFoundException("application", command.ApplicationId);
        var season = await seasons.GetAsync(application.SeasonId, cancellationToken)
            ?? throw new NotFoundException("season", application.SeasonId);

        var name = StudentName.Create(command.Name, "name");
        var residentId = ResidentIdNumber.Create(command.ResidentId, "residentId");
        var taken = await applications.IsStudentRegisteredAsync(
            season.Id, DomainApplication.LookupKeyOf(residentId), id, cancellationToken);

        application.SaveStudent(name, residentId, season, taken, clock.GetUtcNow());
        return new SaveStudentResult(SavedMessage, application.ToDto());
    }
}
