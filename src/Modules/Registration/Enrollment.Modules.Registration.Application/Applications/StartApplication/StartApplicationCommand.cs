using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Applications;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.StartApplication;

/// <summary>Page 1 (毕业类型): a parent starts an application in the current season.</summary>
public sealed record StartApplicationCommand(Guid ParentAccountId, GraduationType? GraduationType) : ICommand<ApplicationDto>;

internal sealed class StartApplicationCommandValidator : AbstractValidator<StartApplicationCommand>
{
    public StartApplicationCommandValidator()
    {
        RuleFor(c => c.GraduationType).NotNull().WithMessage("请选择毕业类型").IsInEnum().WithMessage("请选择毕业类型");
    }
}

internal sealed class StartApplicationCommandHandler(
    ISeasonRepository seasons,
    IApplicationRepository applications,
    ApplicationLimits limits,
    TimeProvider clock) : ICommandHandler<StartApplicationCommand, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(StartApplicationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var season = await seasons.GetCurrentAsync(now, cancellationToken)
            ?? throw new DomainError("season.none", "当前没有开放的信息采集，请关注教育局通知").ToException();
        var openDrafts = await applications.CountOpenDraftsAsync(command.ParentAccountId, cancellationToken);
        var application = StudentApplication.Start(command.ParentAccountId, season, command.GraduationType!.Value, now, openDrafts, limits.MaxOpenDraftsPerParent);
        applications.Add(application);
        return application.ToDto();
    }
}
