using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.ReturnReasons.Rules;

/// <summary>Two entries of the list never read the same.</summary>
public sealed class ReturnReasonTextMustBeUniqueRule(bool taken) : IBusinessRule
{
    public bool IsBroken() => taken;

    public string Code => "review.return-reason.duplicate";

    public string Message => "已有相同的退回原因";

    public string? Field => "text";

    public RuleKind Kind => RuleKind.Conflict;
}
