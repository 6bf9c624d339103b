using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Students;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.SaveStudent;

/// <summary>Page 2 (学生基本信息).</summary>
public sealed record SaveStudentCommand(
    Guid ParentAccountId,
    Guid ApplicationId,
    string? Name,
    string? ResidentId,
    string? FormerName = null,
    string? EthnicityCode = null,
    Guid? GraduationSchoolId = null,
    Guid? GraduationClassId = null,
    string? BirthCertificateNumber = null,
    bool ConfirmOverAge = false,
    int? ExpectedVersion = null) : ICommand<SaveStudentResult>;

public sealed record SaveStudentResult(string Message, ApplicationDto Application);

internal sealed class SaveStudentCommandValidator : AbstractValidator<SaveStudentCommand>
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

        RuleFor(c => c.FormerName)
            .Must(StudentName.IsValid).WithMessage("曾用名应为2至30个汉字，少数民族姓名中间可用“·”分隔")
            .When(c => !string.IsNullOrWhiteSpace(c.FormerName));

        RuleFor(c => c.EthnicityCode)
            .Must(Ethnicity.IsValid).WithMessage(Ethnicity.InvalidMessage)
            .When(c => !string.IsNullOrWhiteSpace(c.EthnicityCode));

        RuleFor(c => c.GraduationSchoolId).NotEmpty().WithMessage("请选择毕业学校");
        RuleFor(c => c.GraduationClassId).NotEmpty().WithMessage("请选择毕业班级");

        RuleFor(c => c.BirthCertificateNumber).Custom((value, context) =>
        {
            if (BirthCertificateNumber.ErrorOf(value) is { } message)
            {
                context.AddFailure(message);
            }
        });
    }
}

internal sealed class SaveStudentCommandHandler(
    IApplicationRepository applications,
    ISeasonRepository seasons,
    ISchoolRepository schools,
    TimeProvider clock) : ICommandHandler<SaveStudentCommand, SaveStudentResult>
{
    public const string SavedMessage = "学生信息保存成功";

    public async ValueTask<SaveStudentResult> Handle(SaveStudentCommand command, CancellationToken cancellationToken)
    {
        var id = new ApplicationId(command.ApplicationId);
        var (application, season) = await applications.LoadOwnForUpdateAsync(
            seasons, command.ApplicationId, command.ParentAccountId, command.ExpectedVersion, cancellationToken);

        var residentId = ResidentIdNumber.Create(command.ResidentId, "residentId");
        var page = new StudentPage(
            StudentName.Create(command.Name, "name"),
            residentId,
            string.IsNullOrWhiteSpace(command.FormerName) ? null : StudentName.Create(command.FormerName, "formerName"),
            command.EthnicityCode?.Trim(),
            command.GraduationSchoolId ?? Guid.Empty,
            command.GraduationClassId ?? Guid.Empty,
            BirthCertificateNumber.Create(command.BirthCertificateNumber, "birthCertificateNumber"),
            command.ConfirmOverAge);
        var school = await schools.GetAsync(new SchoolId(page.GraduationSchoolId), cancellationToken);
        var taken = await applications.IsStudentRegisteredAsync(
            season.Id, StudentApplication.LookupKeyOf(residentId), id, cancellationToken);

        application.SaveStudent(page, season, school, taken, clock.GetUtcNow());
        return new SaveStudentResult(SavedMessage, application.ToDto(school));
    }
}
