using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Application.Reviewers;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Review.Application.Decisions.BulkAcceptance;

/// <summary>
/// Accepts many applications at once, each checked and decided on its own: the answer has one result per
/// requested id, in the order asked — accepted, or skipped with the reason (not found or outside the
/// scope, not under review, changed by someone else meanwhile).
/// </summary>
public sealed record BulkAcceptCommand(Reviewer Reviewer, IReadOnlyList<Guid>? ApplicationIds) : ICommand<BulkAcceptanceResult>;

public sealed record BulkAcceptanceResult(int Accepted, int Skipped, IReadOnlyList<BulkAcceptanceItem> Items);

/// <param name="Outcome"><c>Accepted</c> or <c>Skipped</c>.</param>
/// <param name="Code">Why it was skipped: <c>not-found</c>, <c>application.not-under-review</c>, <c>concurrency.conflict</c>, <c>review.bulk.repeated</c>.</param>
public sealed record BulkAcceptanceItem(Guid Id, string Outcome, string? Code, string? Message);

internal sealed class BulkAcceptCommandValidator : AbstractValidator<BulkAcceptCommand>
{
    public const int MaxItems = 200;

    public BulkAcceptCommandValidator()
    {
        RuleFor(c => c.ApplicationIds).NotEmpty().WithMessage("请选择要审核通过的信息");
        RuleFor(c => c.ApplicationIds!.Count).LessThanOrEqualTo(MaxItems).When(c => c.ApplicationIds is not null)
            .WithName("applicationIds").OverridePropertyName("applicationIds")
            .WithMessage($"一次最多审核通过{MaxItems}条");
    }
}

internal sealed class BulkAcceptCommandHandler(IIsolatedDecisions decisions) : ICommandHandler<BulkAcceptCommand, BulkAcceptanceResult>
{
    public async ValueTask<BulkAcceptanceResult> Handle(BulkAcceptCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var items = new List<BulkAcceptanceItem>();
        var seen = new HashSet<Guid>();
        foreach (var id in command.ApplicationIds ?? [])
        {
            if (!seen.Add(id))
            {
                items.Add(new BulkAcceptanceItem(id, "Skipped", "review.bulk.repeated", "同一条信息重复选择"));
                continue;
            }

            var outcome = await decisions.AcceptAsync(command.Reviewer, id, cancellationToken);
            items.Add(outcome.Succeeded
                ? new BulkAcceptanceItem(id, "Accepted", null, null)
                : new BulkAcceptanceItem(id, "Skipped", outcome.Code, outcome.Message));
        }

        var accepted = items.Count(i => i.Outcome == "Accepted");
        return new BulkAcceptanceResult(accepted, items.Count - accepted, items);
    }
}
