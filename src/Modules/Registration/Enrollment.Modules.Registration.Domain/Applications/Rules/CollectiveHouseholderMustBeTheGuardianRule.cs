using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

/// <summary>集体户口, student and a parent on the same booklet: the householder is that parent.</summary>
public sealed class CollectiveHouseholderMustBeTheGuardianRule(bool isTheGuardian) : IBusinessRule
{
    public bool IsBroken() => !isTheGuardian;

    public string Code => "household.householder.not-guardian";

    public string Message => "集体户口且学生与父母一方在同一户口簿上时，户主应为该家长，请填写该家长的姓名和身份证号";

    public string? Field => "householder.residentId";
}
