using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Registration.Application.Abstractions;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.Submission;

/// <summary>「保存提交」: pages 2–4 complete and pages 5–11 each saved or skipped → 审核中 (again after 有误).</summary>
public sealed record SubmitApplicationCommand(Guid ParentAccountId, Guid ApplicationId, int? ExpectedVersion = null) : ICommand<SubmitApplicationResult>;

public sealed record SubmitApplicationResult(string Message, ApplicationDto Application);

internal sealed class SubmitApplicationCommandHandler(
    IApplicationRepository applications,
    ISeasonRepository seasons,
    ISender sender,
    TimeProvider clock) : ICommandHandler<SubmitApplicationCommand, SubmitApplicationResult>
{
    public const string SubmittedMessage = "信息已提交，请等待审核";

    public async ValueTask<SubmitApplicationResult> Handle(SubmitApplicationCommand command, CancellationToken cancellationToken)
    {
        var (application, season) = await applications.LoadOwnForUpdateAsync(
            seasons, command.ApplicationId, command.ParentAccountId, command.ExpectedVersion, cancellationToken);
        var unanswered = await sender.Send(new GetUnansweredEvidencePagesQuery(command.ApplicationId), cancellationToken);
        application.Submit(season, [.. unanswered.Pages.Select(p => p.Title)], clock.GetUtcNow());
        return new SubmitApplicationResult(SubmittedMessage, application.ToDto());
    }
}
