using Enrollment.BuildingBlocks.Domain.PersonalData;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Application.Applications;
using Enrollment.Modules.Review.Application.Reviewers;
using Enrollment.Modules.Review.Domain.Audit;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Review.Application.Reveal.RevealPersonalData;

/// <summary>
/// Shows an application with its identifiers and phones unmasked, for a stated reason that the audit
/// trail keeps with the reviewer's name. Outside the reviewer's scope: 404, as the detail.
/// </summary>
public sealed record RevealPersonalDataCommand(Reviewer Reviewer, Guid ApplicationId, string? Reason) : ICommand<ApplicationDetailsDto>;

internal sealed class RevealPersonalDataCommandValidator : AbstractValidator<RevealPersonalDataCommand>
{
    public const int MinReasonLength = 4;
    public const int MaxReasonLength = 200;

    public RevealPersonalDataCommandValidator() =>
        RuleFor(c => c.Reason)
            .Must(r => r is not null && r.Trim().Length >= MinReasonLength).WithMessage($"请填写查看原因（至少{MinReasonLength}个字）")
            .MaximumLength(MaxReasonLength).WithMessage($"查看原因不能超过{MaxReasonLength}个字");
}

internal sealed class RevealPersonalDataCommandHandler(ISender sender, IAuditTrail audit, TimeProvider clock)
    : ICommandHandler<RevealPersonalDataCommand, ApplicationDetailsDto>
{
    public async ValueTask<ApplicationDetailsDto> Handle(RevealPersonalDataCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var application = await sender.Send(new GetSubmittedApplicationQuery(command.ApplicationId, command.Reviewer.Scope.SchoolIds), cancellationToken);
        var evidence = await EvidencePagesForReview.LoadAsync(sender, application.Id, command.Reviewer.Scope.SchoolIds, Disclosure.Full, cancellationToken);
        audit.Add(AuditEntry.Record(command.Reviewer.Actor, AuditAction.Reveal, application.Id, command.Reason!.Trim(), clock.GetUtcNow()));
        return application.ToDetails(Disclosure.Full) with { Evidence = evidence.Shown };
    }
}
