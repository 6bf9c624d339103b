using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

public sealed class ParentsMustHaveDifferentIdsRule(bool same) : IBusinessRule
{
    public bool IsBroken() => same;

    public string Code => "guardian.id.duplicate";

    public string Message => "父亲和母亲的身份证号不能相同";

    public string? Field => "mother.residentId";
}
