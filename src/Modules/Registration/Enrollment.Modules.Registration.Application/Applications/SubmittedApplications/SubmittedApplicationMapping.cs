using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.SubmittedApplications;

/// <summary>From the aggregate to the contract's whole application.</summary>
internal static class SubmittedApplicationMapping
{
    public static SubmittedApplication ToSubmitted(this StudentApplication application, Domain.Schools.School? school)
    {
        ArgumentNullException.ThrowIfNull(application);
        var student = application.Student
            ?? throw new InvalidOperationException($"Submitted application {application.Id} has no student page.");
        var schoolId = student.GraduationSchoolId ?? Guid.Empty;
        var ownSchool = school is not null && school.Id.Value == schoolId ? school : null;
        return new SubmittedApplication(
            application.Id.Value,
            application.SeasonId.Value,
            application.GraduationType.ToString(),
            application.GraduationType.Chinese(),
            application.Status.ToString(),
            application.Status.Chinese(),
            application.Version,
            new SubmittedStudent(
                student.Name.Value,
                student.ResidentId.Value,
                student.Gender.ToString(),
                student.BirthDate,
                student.FormerName?.Value,
                student.EthnicityCode,
                Domain.Students.Ethnicity.Find(student.EthnicityCode)?.Name,
                schoolId,
                ownSchool?.Name,
                student.GraduationClassId ?? Guid.Empty,
                ownSchool?.ClassName(student.GraduationClassId),
                student.BirthCertificateNumber?.Value,
                student.OverAgeConfirmed),
            application.Father is { } father ? ToSubmitted(father) : null,
            application.Mother is { } mother ? ToSubmitted(mother) : null,
            application.Household is { } h
                ? new SubmittedHousehold(
                    h.Type.ToString(), h.RegionCode, h.RegionName, h.AddressDetail, h.Community,
                    h.HouseholderName.Value, h.HouseholderResidentId.Value, h.RelationToHouseholder, h.GuardianOnSameBooklet?.ToString())
                : null,
            application.ReturnReasons,
            application.SubmittedAt ?? application.UpdatedAt,
            application.UpdatedAt);
    }

    private static SubmittedGuardian ToSubmitted(Domain.Applications.Guardian guardian) => new(
        guardian.Name.Value, guardian.ResidentId.Value, guardian.Mobile, guardian.RegionCode, guardian.RegionName, guardian.AddressDetail);
}
