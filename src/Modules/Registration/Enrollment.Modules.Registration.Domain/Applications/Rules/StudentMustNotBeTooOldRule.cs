using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

/// <summary>
/// Born before the window's first day: past the age of this entry. When the season lets parents
/// confirm it, a confirmed birth date passes and the application is flagged for the reviewer.
/// </summary>
public sealed class StudentMustNotBeTooOldRule(DateOnly birthDate, AgeWindow window, bool confirmedWhereAllowed = false) : IBusinessRule
{
    public bool IsBroken() => window.Check(birthDate) == AgeCheck.TooOld && !confirmedWhereAllowed;

    public string Code => "student.age.too-old";

    public string Message => "学生年龄超过上学年龄，请确认是否填写有误";

    public string? Field => "residentId";
}
