using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Domain.Schools.Rules;

public sealed class SchoolNameMustBeUniqueRule(bool taken) : IBusinessRule
{
    public bool IsBroken() => taken;

    public string Code => "school.name.duplicate";

    public string Message => "本季已有同名学校";

    public string? Field => "name";

    public RuleKind Kind => RuleKind.Conflict;
}
