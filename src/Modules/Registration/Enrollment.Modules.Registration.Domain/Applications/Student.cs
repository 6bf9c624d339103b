using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Students;

namespace Enrollment.Modules.Registration.Domain.Applications;

/// <summary>学生基本信息 (wizard page 2). Gender and birth date are never typed: they come from the ID.</summary>
/// <param name="FormerName">曾用名, only when the household booklet shows one.</param>
/// <param name="EthnicityCode">民族, GB/T 3304 code (<see cref="Ethnicity"/>).</param>
/// <param name="OverAgeConfirmed">The parent confirmed a birth date older than the window (when the season allows it); flagged to the reviewer.</param>
public sealed record Student(
    StudentName Name,
    ResidentIdNumber ResidentId,
    StudentName? FormerName = null,
    string? EthnicityCode = null,
    Guid? GraduationSchoolId = null,
    Guid? GraduationClassId = null,
    BirthCertificateNumber? BirthCertificateNumber = null,
    bool OverAgeConfirmed = false) : IValueObject
{
    public Gender Gender => ResidentId.Gender;

    public DateOnly BirthDate => ResidentId.BirthDate;
}

/// <summary>What the parent typed on page 2, parsed.</summary>
public sealed record StudentPage(
    StudentName Name,
    ResidentIdNumber ResidentId,
    StudentName? FormerName,
    string? EthnicityCode,
    Guid GraduationSchoolId,
    Guid GraduationClassId,
    BirthCertificateNumber? BirthCertificateNumber,
    bool ConfirmOverAge);

/// <summary>父亲 or 母亲 on page 3 (学生父母信息). 户口簿地址 = region (to the last level) + the rest of the 住址 line.</summary>
public sealed record Guardian(
    StudentName Name,
    ResidentIdNumber ResidentId,
    string Mobile,
    string RegionCode,
    string RegionName,
    string AddressDetail) : IValueObject;

public enum GuardianRole
{
    Father,
    Mother,
}

/// <summary>户口类型: 家庭户 or 集体户.</summary>
public enum HukouType
{
    Family,
    Collective,
}

/// <summary>学生户籍信息 (wizard page 4).</summary>
/// <param name="RegionCode">户口簿登记地址 region; in the home county down to the village/community.</param>
/// <param name="Community">所属小区.</param>
/// <param name="RelationToHouseholder">The student's relation to the householder (与户主关系), e.g. 子, 女, 孙子.</param>
/// <param name="GuardianOnSameBooklet">Collective hukou only: the parent on the same booklet as the student, if any.</param>
public sealed record HouseholdRegistration(
    HukouType Type,
    string RegionCode,
    string RegionName,
    string AddressDetail,
    string? Community,
    StudentName HouseholderName,
    ResidentIdNumber HouseholderResidentId,
    string RelationToHouseholder,
    GuardianRole? GuardianOnSameBooklet) : IValueObject;
