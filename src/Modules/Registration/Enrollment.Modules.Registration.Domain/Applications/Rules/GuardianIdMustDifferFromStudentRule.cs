using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

public sealed class GuardianIdMustDifferFromStudentRule(bool same, string fieldName) : IBusinessRule
{
    public bool IsBroken() => same;

    public string Code => "guardian.id.same-as-student";

    public string Message => "家长身份证号不能与学生身份证号相同";

    public string? Field => fieldName;
}
