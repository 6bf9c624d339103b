using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Domain.Schools.Rules;

public sealed class ClassNameMustBeUniqueRule(bool taken) : IBusinessRule
{
    public bool IsBroken() => taken;

    public string Code => "school.class.duplicate";

    public string Message => "该学校已有同名班级";

    public string? Field => "name";

    public RuleKind Kind => RuleKind.Conflict;
}
