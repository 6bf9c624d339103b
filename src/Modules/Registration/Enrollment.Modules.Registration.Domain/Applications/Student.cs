using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Students;

namespace Enrollment.Modules.Registration.Domain.Applications;

/// <summary>学生基本信息 (wizard page 2). Gender and birth date are never typed: they come from the ID.</summary>
public sealed record Student(StudentName Name, ResidentIdNumber ResidentId) : IValueObject
{
    public Gender Gender => ResidentId.Gender;

    public DateOnly BirthDate => ResidentId.BirthDate;
}
