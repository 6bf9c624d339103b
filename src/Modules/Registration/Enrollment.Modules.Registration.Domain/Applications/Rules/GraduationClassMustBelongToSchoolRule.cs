using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

public sealed class GraduationClassMustBelongToSchoolRule(bool belongs) : IBusinessRule
{
    public bool IsBroken() => !belongs;

    public string Code => "student.class.invalid";

    public string Message => "请从所选学校的班级中选择毕业班级";

    public string? Field => "graduationClassId";
}
