using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.Decisions.Rules;

/// <summary>At most <see cref="ReturnDecision.MaxReasons"/> field reasons in one return.</summary>
public sealed class ReturnMustNotNameTooManyFieldsRule(int reasonCount) : IBusinessRule
{
    public bool IsBroken() => reasonCount > ReturnDecision.MaxReasons;

    public string Code => "review.return.too-many-reasons";

    public string Message => $"一次退回最多指出{ReturnDecision.MaxReasons}处有误的信息";

    public string? Field => "reasons";
}
