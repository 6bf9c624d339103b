using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Registration.Domain.Students;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

/// <summary>
/// The one place personal identifiers are turned into columns: resident IDs, mobiles and birth-certificate numbers
/// are encrypted with the host's protector (ADR-0029), the student lookup key is a blind index; the rules never see either.
/// </summary>
internal sealed class ValueConverters(PersonalDataProtector protector)
{
    public static readonly ValueConverter<StudentName, string> StudentName = new(
        name => name.Value,
        value => Domain.Students.StudentName.Create(value, "name"));

    public EncryptedConverter<ResidentIdNumber> ResidentId { get; } = new(protector, id => id.Value, FromColumn);

    public EncryptedConverter<BirthCertificateNumber> BirthCertificate { get; } = new(protector, number => number.Value, BirthCertificateNumber.FromStored);

    public EncryptedConverter<string> Mobile { get; } = PersonalDataModel.Text(protector);

    /// <summary>The season-wide "registered once" key: the blind index of the normalised student ID.</summary>
    public BlindIndexConverter StudentLookupKey { get; } = new(protector, BlindIndexPurposes.ResidentId, key => key);

    private static ResidentIdNumber FromColumn(string value) =>
        ResidentIdNumber.Parse(value).Number ?? throw new InvalidOperationException("A stored resident ID no longer parses.");
}
