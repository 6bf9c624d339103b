using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Students;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.SaveHousehold;

/// <param name="Relation">The student's relation to the householder (与户主关系).</param>
public sealed record HouseholderInput(string? Name, string? ResidentId, string? Relation);

/// <summary>Page 4 (学生户籍信息).</summary>
/// <param name="Type"><c>Family</c> (家庭户) or <c>Collective</c> (集体户).</param>
/// <param name="GuardianOnSameBooklet">Collective hukou: <c>Father</c> or <c>Mother</c> when that parent is on the student's booklet.</param>
public sealed record SaveHouseholdCommand(
    Guid ParentAccountId,
    Guid ApplicationId,
    string? Type,
    string? RegionCode,
    string? AddressDetail,
    string? Community,
    HouseholderInput? Householder,
    string? GuardianOnSameBooklet,
    int? ExpectedVersion = null) : ICommand<SaveHouseholdResult>;

public sealed record SaveHouseholdResult(string Message, ApplicationDto Application);

internal sealed class SaveHouseholdCommandValidator : AbstractValidator<SaveHouseholdCommand>
{
    public static readonly IReadOnlyList<string> Relations =
        ["本人", "子", "女", "孙子", "孙女", "外孙子", "外孙女", "侄子", "侄女", "外甥", "外甥女", "兄弟", "姐妹", "其他"];

    public SaveHouseholdCommandValidator()
    {
        RuleFor(c => c.Type)
            .Must(t => Enum.TryParse<HukouType>(t, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(t, out _))
            .WithMessage("请选择户口类型（家庭户或集体户）");
        RuleFor(c => c.RegionCode).NotEmpty().WithMessage("请选择户口簿登记地址所在地区");
        RuleFor(c => c.AddressDetail)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("请填写户口簿登记地址")
            .MaximumLength(100).WithMessage("户口簿登记地址不能超过100个字");
        RuleFor(c => c.Community).MaximumLength(50).WithMessage("所属小区不能超过50个字");
        RuleFor(c => c.Householder).NotNull().WithMessage("请填写户主信息");
        RuleFor(c => c.Householder!.Name)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("请填写户主姓名")
            .Must(StudentName.IsValid).WithMessage(StudentName.InvalidMessage)
            .When(c => c.Householder is not null);
        RuleFor(c => c.Householder!.ResidentId).Custom((value, context) =>
        {
            if (ResidentIdNumber.Parse(value).Message is { } message)
            {
                context.AddFailure(message);
            }
        }).When(c => c.Householder is not null);
        RuleFor(c => c.Householder!.Relation)
            .Must(r => r is not null && Relations.Contains(r.Trim()))
            .WithMessage("请选择与户主关系")
            .When(c => c.Householder is not null);
        RuleFor(c => c.GuardianOnSameBooklet)
            .Must(g => Enum.TryParse<GuardianRole>(g, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(g, out _))
            .WithMessage("请选择与学生同一户口簿的家长（父亲或母亲）")
            .When(c => !string.IsNullOrWhiteSpace(c.GuardianOnSameBooklet));
    }
}

internal sealed class SaveHouseholdCommandHandler(
    IApplicationRepository applications,
    ISeasonRepository seasons,
    IAddressRegionRules regions,
    TimeProvider clock) : ICommandHandler<SaveHouseholdCommand, SaveHouseholdResult>
{
    public const string SavedMessage = "学生户籍信息保存成功";

    public async ValueTask<SaveHouseholdResult> Handle(SaveHouseholdCommand command, CancellationToken cancellationToken)
    {
        var (application, season) = await applications.LoadOwnForUpdateAsync(
            seasons, command.ApplicationId, command.ParentAccountId, command.ExpectedVersion, cancellationToken);

        var verdict = await regions.CheckAsync(command.RegionCode?.Trim(), season.HomeCountyCode, cancellationToken);
        var householder = command.Householder!;
        var household = new HouseholdRegistration(
            Enum.Parse<HukouType>(command.Type!),
            command.RegionCode!.Trim(),
            verdict.FullName ?? string.Empty,
            command.AddressDetail!.Trim(),
            string.IsNullOrWhiteSpace(command.Community) ? null : command.Community.Trim(),
            StudentName.Create(householder.Name, "householder.name"),
            ResidentIdNumber.Create(householder.ResidentId, "householder.residentId"),
            householder.Relation!.Trim(),
            string.IsNullOrWhiteSpace(command.GuardianOnSameBooklet) ? null : Enum.Parse<GuardianRole>(command.GuardianOnSameBooklet));

        application.SaveHousehold(household, verdict, season, clock.GetUtcNow());
        return new SaveHouseholdResult(SavedMessage, application.ToDto());
    }
}
