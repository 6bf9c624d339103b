using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Application.ReturnReasons.ListReturnReasons;
using Enrollment.Modules.Review.Application.Reviewers;
using Enrollment.Modules.Review.Domain.Audit;
using Enrollment.Modules.Review.Domain.ReturnReasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Review.Application.ReturnReasons.SaveReturnReason;

/// <summary>
/// Adds (<see cref="Id"/> null) or changes an entry of the return reasons; <see cref="IsActive"/> false retires it
/// (no longer offered; returns that used it keep their text). Audited as a configuration change.
/// </summary>
public sealed record SaveReturnReasonCommand(Reviewer Admin, Guid? Id, string? Text, int SortOrder, bool IsActive = true) : ICommand<ReturnReasonDto>;

internal sealed class SaveReturnReasonCommandValidator : AbstractValidator<SaveReturnReasonCommand>
{
    public SaveReturnReasonCommandValidator()
    {
        RuleFor(c => c.Text).NotEmpty().WithMessage("请填写退回原因")
            .MaximumLength(ReturnReasonOption.MaxTextLength).WithMessage($"退回原因不能超过{ReturnReasonOption.MaxTextLength}个字");
        RuleFor(c => c.SortOrder).InclusiveBetween(0, 100_000).WithMessage("sortOrder 应在0至100000之间");
    }
}

internal sealed class SaveReturnReasonCommandHandler(IReturnReasonRepository reasons, IAuditTrail audit, TimeProvider clock)
    : ICommandHandler<SaveReturnReasonCommand, ReturnReasonDto>
{
    public async ValueTask<ReturnReasonDto> Handle(SaveReturnReasonCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = command.Text!.Trim();
        var taken = await reasons.TextTakenAsync(text, command.Id, cancellationToken);
        ReturnReasonOption option;
        string detail;
        if (command.Id is { } id)
        {
            option = await reasons.GetAsync(id, cancellationToken) ?? throw new NotFoundException("return-reason", id);
            detail = $"退回原因「{option.Text}」→「{text}」，排序 {command.SortOrder}，{(command.IsActive ? "启用" : "停用")}";
            option.Change(text, command.SortOrder, command.IsActive, taken);
        }
        else
        {
            option = ReturnReasonOption.Create(text, command.SortOrder, taken);
            reasons.Add(option);
            detail = $"新增退回原因「{text}」";
        }

        audit.Add(AuditEntry.Record(command.Admin.Actor, AuditAction.Configure, null, detail, clock.GetUtcNow()));
        return new ReturnReasonDto(option.Id, option.Text, option.SortOrder, option.IsActive);
    }
}
