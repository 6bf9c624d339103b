using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

/// <summary>The graduation school must be one of this season's schools of the graduation type.</summary>
public sealed class GraduationSchoolMustBelongToSeasonRule(bool belongs) : IBusinessRule
{
    public bool IsBroken() => !belongs;

    public string Code => "student.school.invalid";

    public string Message => "请从列表中选择毕业学校";

    public string? Field => "graduationSchoolId";
}
