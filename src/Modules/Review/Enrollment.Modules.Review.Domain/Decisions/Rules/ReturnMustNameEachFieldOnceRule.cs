using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.Decisions.Rules;

/// <summary>One reason per field: two reasons on one field are written as one reason with a note.</summary>
public sealed class ReturnMustNameEachFieldOnceRule(IReadOnlyCollection<string> fieldKeys) : IBusinessRule
{
    public bool IsBroken() => fieldKeys.Distinct(StringComparer.Ordinal).Count() != fieldKeys.Count;

    public string Code => "review.return.field-repeated";

    public string Message => "同一项信息只能填写一条退回原因，请合并后再提交";

    public string? Field => "reasons";
}
