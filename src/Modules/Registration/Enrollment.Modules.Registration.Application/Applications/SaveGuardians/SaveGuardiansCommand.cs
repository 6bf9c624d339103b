using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Regions.Contracts.Addresses;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Students;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.SaveGuardians;

/// <summary>One parent as typed on page 3. A parent with every field empty counts as not given.</summary>
public sealed record GuardianInput(string? Name, string? ResidentId, string? Mobile, string? RegionCode, string? AddressDetail)
{
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(ResidentId) && string.IsNullOrWhiteSpace(Mobile)
        && string.IsNullOrWhiteSpace(RegionCode) && string.IsNullOrWhiteSpace(AddressDetail);
}

/// <summary>Page 3 (学生父母信息): father and/or mother, at least one complete.</summary>
public sealed record SaveGuardiansCommand(
    Guid ParentAccountId,
    Guid ApplicationId,
    GuardianInput? Father,
    GuardianInput? Mother,
    int? ExpectedVersion = null) : ICommand<SaveGuardiansResult>;

public sealed record SaveGuardiansResult(string Message, ApplicationDto Application);

internal sealed class GuardianInputValidator : AbstractValidator<GuardianInput>
{
    public GuardianInputValidator()
    {
        RuleFor(g => g.Name)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("请填写姓名")
            .Must(StudentName.IsValid).WithMessage(StudentName.InvalidMessage);
        RuleFor(g => g.ResidentId).Custom((value, context) =>
        {
            if (ResidentIdNumber.Parse(value).Message is { } message)
            {
                context.AddFailure(message);
            }
        });
        RuleFor(g => g.Mobile)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("请填写手机号")
            .Must(MobileNumber.IsValid).WithMessage(MobileNumber.InvalidMessage);
        RuleFor(g => g.RegionCode).NotEmpty().WithMessage("请选择户口簿地址所在地区");
        RuleFor(g => g.AddressDetail)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("请填写户口簿地址")
            .MaximumLength(100).WithMessage("户口簿地址不能超过100个字");
    }
}

internal sealed class SaveGuardiansCommandValidator : AbstractValidator<SaveGuardiansCommand>
{
    public SaveGuardiansCommandValidator()
    {
        RuleFor(c => c.Father!).SetValidator(new GuardianInputValidator()).When(c => c.Father is { IsEmpty: false });
        RuleFor(c => c.Mother!).SetValidator(new GuardianInputValidator()).When(c => c.Mother is { IsEmpty: false });
    }
}

internal sealed class SaveGuardiansCommandHandler(
    IApplicationRepository applications,
    ISeasonRepository seasons,
    IAddressRegionRules regions,
    TimeProvider clock) : ICommandHandler<SaveGuardiansCommand, SaveGuardiansResult>
{
    public const string SavedMessage = "学生父母信息保存成功";

    public async ValueTask<SaveGuardiansResult> Handle(SaveGuardiansCommand command, CancellationToken cancellationToken)
    {
        var (application, season) = await applications.LoadOwnForUpdateAsync(
            seasons, command.ApplicationId, command.ParentAccountId, command.ExpectedVersion, cancellationToken);

        var father = await ParseAsync(command.Father, "father", season.HomeCountyCode, cancellationToken);
        var mother = await ParseAsync(command.Mother, "mother", season.HomeCountyCode, cancellationToken);
        application.SaveGuardians(father, mother, season, clock.GetUtcNow());
        return new SaveGuardiansResult(SavedMessage, application.ToDto());
    }

    private async Task<(Guardian, AddressRegionVerdict)?> ParseAsync(GuardianInput? input, string prefix, string homeCounty, CancellationToken cancellationToken)
    {
        if (input is null || input.IsEmpty)
        {
            return null;
        }

        var verdict = await regions.CheckAsync(input.RegionCode?.Trim(), homeCounty, cancellationToken);
        var guardian = new Guardian(
            StudentName.Create(input.Name, $"{prefix}.name"),
            ResidentIdNumber.Create(input.ResidentId, $"{prefix}.residentId"),
            input.Mobile!.Trim(),
            input.RegionCode!.Trim(),
            verdict.FullName ?? string.Empty,
            input.AddressDetail!.Trim());
        return (guardian, verdict);
    }
}
