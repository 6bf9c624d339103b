using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.Decisions.Rules;

/// <summary>A return tells the parent what to fix: at least one field with a reason.</summary>
public sealed class ReturnMustNameAtLeastOneFieldRule(int reasonCount) : IBusinessRule
{
    public bool IsBroken() => reasonCount < 1;

    public string Code => "review.return.reasons-required";

    public string Message => "请至少指出一处有误的信息并选择原因";

    public string? Field => "reasons";
}
