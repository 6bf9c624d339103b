using System.Security.Cryptography;
using System.Text;
using Enrollment.BuildingBlocks.Domain.PersonalData;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Domain.Fields;

namespace Enrollment.Modules.Review.Application.Applications;

/// <summary>
/// The fields of a submitted application by key (<c>student.residentId</c>, <c>guardians.father.mobile</c>),
/// each as a reviewer reads it (identifiers and phones masked) with a fingerprint of the stored value.
/// </summary>
internal static class ApplicationFieldValues
{
    public static IReadOnlyDictionary<string, FieldValue> Of(SubmittedApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var values = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        void Add(string key, string? stored, string? shown) => values[key] = new FieldValue(shown, Fingerprint(stored));
        void Plain(string key, string? stored) => Add(key, stored, stored);

        var s = application.Student;
        Plain("student.name", s.Name);
        Plain("student.formerName", s.FormerName);
        Add("student.residentId", s.ResidentId, PersonalDataMask.ResidentId(s.ResidentId));
        Add("student.ethnicityCode", s.EthnicityCode, s.EthnicityName ?? s.EthnicityCode);
        Add("student.graduationSchoolId", s.SchoolId.ToString(), s.SchoolName);
        Add("student.graduationClassId", s.ClassId.ToString(), s.ClassName);
        Add("student.birthCertificateNumber", s.BirthCertificateNumber, PersonalDataMask.CertificateNumber(s.BirthCertificateNumber));
        foreach (var (role, guardian) in new[] { ("father", application.Father), ("mother", application.Mother) })
        {
            Plain($"guardians.{role}.name", guardian?.Name);
            Add($"guardians.{role}.residentId", guardian?.ResidentId, PersonalDataMask.ResidentId(guardian?.ResidentId));
            Add($"guardians.{role}.mobile", guardian?.Mobile, PersonalDataMask.Mobile(guardian?.Mobile));
            Add($"guardians.{role}.regionCode", guardian?.RegionCode, guardian?.RegionName);
            Plain($"guardians.{role}.addressDetail", guardian?.AddressDetail);
        }

        var h = application.Household;
        Plain("household.type", h?.Type);
        Add("household.regionCode", h?.RegionCode, h?.RegionName);
        Plain("household.addressDetail", h?.AddressDetail);
        Plain("household.community", h?.Community);
        Plain("household.householder.name", h?.HouseholderName);
        Add("household.householder.residentId", h?.HouseholderResidentId, PersonalDataMask.ResidentId(h?.HouseholderResidentId));
        Plain("household.householder.relation", h?.RelationToHouseholder);
        Plain("household.guardianOnSameBooklet", h?.GuardianOnSameBooklet);
        return values;
    }

    /// <summary>SHA-256 of the stored text: equal values, equal fingerprints; the value cannot be read back from it.</summary>
    private static string Fingerprint(string? stored) =>
        stored is null ? "-" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(stored)));
}
