using Enrollment.Modules.Review.Application.Reviewers;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Review.Application.Decisions.ReturnApplication;

/// <summary>
/// 有误: returns an application under review to the parent with one reason per wrong field. The parent reads
/// them on their fields; after the resubmission the reviewer sees what changed since.
/// </summary>
/// <param name="ExpectedVersion">The version the reviewer decided on (If-Match); null: the version read now.</param>
public sealed record ReturnWithReasonsCommand(Reviewer Reviewer, Guid ApplicationId, IReadOnlyList<FieldReasonInput>? Reasons, int? ExpectedVersion = null)
    : ICommand<ReviewDecisionResult>;

/// <param name="Page">A page as the API names it: <c>student</c>, <c>guardians</c>, <c>household</c>, <c>property</c>, … <c>long-term-residence</c>.</param>
/// <param name="Field">A field of that page (<c>residentId</c>, <c>father.mobile</c>, <c>householder.name</c>), or <c>page</c> for the whole page.</param>
/// <param name="ReasonId">One of <c>GET /api/v1/admin/return-reasons</c>.</param>
/// <param name="Note">The reviewer's own words, up to 200 characters.</param>
public sealed record FieldReasonInput(string? Page, string? Field, Guid ReasonId, string? Note);

internal sealed class ReturnWithReasonsCommandValidator : AbstractValidator<ReturnWithReasonsCommand>
{
    public const int MaxNoteLength = 200;

    public ReturnWithReasonsCommandValidator()
    {
        RuleFor(c => c.Reasons).NotEmpty().WithMessage("请至少指出一处有误的信息并选择原因");
        RuleForEach(c => c.Reasons).ChildRules(reason =>
        {
            reason.RuleFor(r => r.Page).NotEmpty().WithMessage("请选择有误的页面");
            reason.RuleFor(r => r.Field).NotEmpty().WithMessage("请选择有误的信息项");
            reason.RuleFor(r => r.ReasonId).NotEmpty().WithMessage("请选择退回原因");
            reason.RuleFor(r => r.Note).MaximumLength(MaxNoteLength).WithMessage($"补充说明不能超过{MaxNoteLength}个字");
        });
    }
}
