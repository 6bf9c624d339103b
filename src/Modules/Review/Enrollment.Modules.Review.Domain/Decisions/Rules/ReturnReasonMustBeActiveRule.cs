using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.Decisions.Rules;

/// <summary>The reason is one of the admin's list and still offered.</summary>
public sealed class ReturnReasonMustBeActiveRule(bool active, int index) : IBusinessRule
{
    public bool IsBroken() => !active;

    public string Code => "review.return.reason-unknown";

    public string Message => "请从退回原因列表中选择";

    public string? Field => $"reasons[{index}].reasonId";
}
