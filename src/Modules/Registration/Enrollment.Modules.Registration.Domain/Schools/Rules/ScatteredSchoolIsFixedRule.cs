using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Domain.Schools.Rules;

public sealed class ScatteredSchoolIsFixedRule(bool scattered) : IBusinessRule
{
    public bool IsBroken() => scattered;

    public string Code => "school.scattered.fixed";

    public string Message => "社会零星幼儿园和社会零星小学由系统维护，只有「零班」，不能修改或删除";

    public RuleKind Kind => RuleKind.Conflict;
}
