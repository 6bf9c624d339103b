using System.Globalization;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;
using Enrollment.Modules.Registration.Domain.Seasons.Rules;

namespace Enrollment.Modules.Registration.Application.Seasons.SaveSeason;

/// <summary>
/// An age window in either form: the Henan one (<see cref="FullYears"/> full years on <see cref="CutOff"/>)
/// or a birth-date window (<see cref="EarliestBirthDate"/> … <see cref="LatestBirthDate"/>, both inclusive).
/// </summary>
public sealed record AgeWindowInput(int? FullYears, DateOnly? CutOff, DateOnly? EarliestBirthDate, DateOnly? LatestBirthDate)
{
    public bool IsFullYearsForm => FullYears is not null || CutOff is not null;

    public AgeWindow ToWindow() => IsFullYearsForm
        ? AgeWindow.FullYearsOn(CutOff!.Value, FullYears!.Value)
        : new AgeWindow(EarliestBirthDate!.Value, LatestBirthDate!.Value);
}

/// <summary>Creates a season (<see cref="Id"/> null) or replaces one's parameters. Admin only.</summary>
public sealed record SaveSeasonCommand(
    Guid? Id,
    int? Year,
    string? Name,
    string? HomeCountyCode,
    DateTimeOffset? OpensAt,
    DateTimeOffset? ClosesAt,
    AgeWindowInput? PrimaryEntry,
    AgeWindowInput? JuniorMiddleEntry,
    bool OverAgeMayBeConfirmed,
    IReadOnlyList<string>? UrbanTownCodes,
    string? SocialInsuranceFrom,
    string? SocialInsuranceTo,
    DateOnly? ResidencePermitValidOn,
    int? DraftReminderDaysBeforeClose = null) : ICommand<SeasonDto>;

internal sealed class AgeWindowInputValidator : AbstractValidator<AgeWindowInput>
{
    public AgeWindowInputValidator()
    {
        When(w => w.IsFullYearsForm, () =>
        {
            RuleFor(w => w.FullYears).NotNull().InclusiveBetween(3, 18).WithMessage("周岁应为3至18之间的整数");
            RuleFor(w => w.CutOff).NotNull().WithMessage("请填写计算年龄的截止日期");
        }).Otherwise(() =>
        {
            RuleFor(w => w.EarliestBirthDate).NotNull().WithMessage("请填写出生日期范围的起始日期，或填写周岁与截止日期");
            RuleFor(w => w.LatestBirthDate).NotNull().WithMessage("请填写出生日期范围的截止日期，或填写周岁与截止日期");
            RuleFor(w => w).Must(w => w.EarliestBirthDate <= w.LatestBirthDate).WithName("latestBirthDate").WithMessage("出生日期范围的截止日期不能早于起始日期")
                .When(w => w.EarliestBirthDate is not null && w.LatestBirthDate is not null);
        });
    }
}

internal sealed class SaveSeasonCommandValidator : AbstractValidator<SaveSeasonCommand>
{
    public SaveSeasonCommandValidator()
    {
        RuleFor(c => c.Year).NotNull().InclusiveBetween(2000, 2100).WithMessage("请填写年度");
        RuleFor(c => c.Name).NotEmpty().WithMessage("请填写名称").MaximumLength(100).WithMessage("名称不能超过100个字");
        RuleFor(c => c.HomeCountyCode)
            .Must(code => code is { Length: 6 } && code.All(char.IsAsciiDigit))
            .WithMessage("本县（市、区）代码应为6位数字");
        RuleFor(c => c.OpensAt).NotNull().WithMessage("请填写开始时间");
        RuleFor(c => c.ClosesAt).NotNull().WithMessage("请填写结束时间")
            .GreaterThan(c => c.OpensAt).WithMessage("结束时间应晚于开始时间").When(c => c.OpensAt is not null);
        RuleFor(c => c.PrimaryEntry).NotNull().WithMessage("请填写幼儿园毕业生的年龄范围");
        RuleFor(c => c.PrimaryEntry!).SetValidator(new AgeWindowInputValidator()).When(c => c.PrimaryEntry is not null);
        RuleFor(c => c.JuniorMiddleEntry).NotNull().WithMessage("请填写小学毕业生的年龄范围");
        RuleFor(c => c.JuniorMiddleEntry!).SetValidator(new AgeWindowInputValidator()).When(c => c.JuniorMiddleEntry is not null);
        RuleForEach(c => c.UrbanTownCodes)
            .Must(code => code is { Length: 9 or 12 } && code.All(char.IsAsciiDigit))
            .WithMessage("城区乡镇（街道）代码应为9位或12位数字");
        RuleFor(c => c.DraftReminderDaysBeforeClose)
            .InclusiveBetween(Season.MinDraftReminderDays, Season.MaxDraftReminderDays)
            .WithMessage($"草稿提醒应在截止前{Season.MinDraftReminderDays}至{Season.MaxDraftReminderDays}天之间")
            .When(c => c.DraftReminderDaysBeforeClose is not null);
        RuleFor(c => c.DraftReminderDaysBeforeClose)
            .Must((c, days) => c.ClosesAt!.Value.AddDays(-days!.Value) > c.OpensAt!.Value)
            .WithMessage("草稿提醒的天数应短于招生季的时长")
            .When(c => c.DraftReminderDaysBeforeClose is >= Season.MinDraftReminderDays and <= Season.MaxDraftReminderDays
                && c.OpensAt is not null && c.ClosesAt is not null && c.ClosesAt > c.OpensAt);
        RuleFor(c => c.SocialInsuranceFrom)
            .Must(m => SeasonMapping.ParseMonth(m) is not null).WithMessage("社保起始月份格式应为yyyy-MM")
            .When(c => !string.IsNullOrWhiteSpace(c.SocialInsuranceFrom));
        RuleFor(c => c.SocialInsuranceTo)
            .Must(m => SeasonMapping.ParseMonth(m) is not null).WithMessage("社保截止月份格式应为yyyy-MM")
            .When(c => !string.IsNullOrWhiteSpace(c.SocialInsuranceTo));
        RuleFor(c => c.SocialInsuranceTo)
            .Must((c, to) => SeasonMapping.ParseMonth(to) >= SeasonMapping.ParseMonth(c.SocialInsuranceFrom))
            .WithMessage("社保截止月份不能早于起始月份")
            .When(c => SeasonMapping.ParseMonth(c.SocialInsuranceFrom) is not null && SeasonMapping.ParseMonth(c.SocialInsuranceTo) is not null);
    }
}

internal sealed class SaveSeasonCommandHandler(ISeasonRepository seasons, ISchoolRepository schools, TimeProvider clock)
    : ICommandHandler<SaveSeasonCommand, SeasonDto>
{
    public async ValueTask<SeasonDto> Handle(SaveSeasonCommand command, CancellationToken cancellationToken)
    {
        Season? existing = null;
        if (command.Id is { } id)
        {
            existing = await seasons.GetAsync(new SeasonId(id), cancellationToken) ?? throw new NotFoundException("season", id);
        }

        var county = command.HomeCountyCode!;
        var opensAt = command.OpensAt!.Value;
        var closesAt = command.ClosesAt!.Value;
        if (await seasons.YearTakenAsync(county, command.Year!.Value, existing?.Id, cancellationToken))
        {
            throw new BusinessRuleValidationException(new SeasonYearMustBeUniqueRule(true));
        }

        if (await seasons.OverlapsAsync(county, opensAt, closesAt, existing?.Id, cancellationToken))
        {
            throw new BusinessRuleValidationException(new SeasonsMustNotOverlapRule(true));
        }

        var policy = new SeasonPolicy(
            command.OverAgeMayBeConfirmed,
            [.. (command.UrbanTownCodes ?? []).Select(c => c.Trim())],
            SeasonMapping.ParseMonth(command.SocialInsuranceFrom),
            SeasonMapping.ParseMonth(command.SocialInsuranceTo),
            command.ResidencePermitValidOn,
            command.DraftReminderDaysBeforeClose);
        var primary = command.PrimaryEntry!.ToWindow();
        var junior = command.JuniorMiddleEntry!.ToWindow();

        if (existing is null)
        {
            existing = Season.Create(command.Year.Value, command.Name!, county, opensAt, closesAt, primary, junior, policy);
            seasons.Add(existing);
            // Every season lists the two 社会零星 schools last, each with its 零班.
            schools.Add(School.CreateScattered(existing.Id, SchoolKind.Kindergarten));
            schools.Add(School.CreateScattered(existing.Id, SchoolKind.Primary));
        }
        else
        {
            existing.Update(command.Year.Value, command.Name!, county, opensAt, closesAt, primary, junior, policy);
        }

        return existing.ToDto(clock.GetUtcNow());
    }
}
