using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Review.Domain.Fields;

namespace Enrollment.Modules.Review.Domain.Decisions.Rules;

/// <summary>A reason points at a page and a field the application has (<see cref="ReviewableFields"/>).</summary>
public sealed class ReturnedFieldMustExistRule(string? page, string? field, int index) : IBusinessRule
{
    public bool IsBroken() => ReviewableFields.Find(page, field) is null;

    public string Code => "review.return.field-unknown";

    public string Message => "请选择有误的页面和信息项";

    public string? Field => $"reasons[{index}].field";
}
