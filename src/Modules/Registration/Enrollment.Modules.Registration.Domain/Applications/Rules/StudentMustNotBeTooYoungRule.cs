using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

/// <summary>Born after the window's last day: not yet of school age this season.</summary>
public sealed class StudentMustNotBeTooYoungRule(DateOnly birthDate, AgeWindow window) : IBusinessRule
{
    public bool IsBroken() => window.Check(birthDate) == AgeCheck.TooYoung;

    public string Code => "student.age.too-young";

    public string Message => "学生年龄不足，无须采集";

    public string? Field => "residentId";
}
