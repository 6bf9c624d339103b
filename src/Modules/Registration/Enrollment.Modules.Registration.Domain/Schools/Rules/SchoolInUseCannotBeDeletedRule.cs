using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Domain.Schools.Rules;

/// <summary>A school or class that a student's page names stays, so no saved application loses its school.</summary>
public sealed class SchoolInUseCannotBeDeletedRule(bool chosenByApplications) : IBusinessRule
{
    public bool IsBroken() => chosenByApplications;

    public string Code => "school.in-use";

    public string Message => "已有学生信息选择了该学校（班级），不能删除";

    public RuleKind Kind => RuleKind.Conflict;
}
