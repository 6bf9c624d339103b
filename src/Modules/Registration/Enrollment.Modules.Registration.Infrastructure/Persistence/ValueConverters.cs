using Enrollment.Modules.Registration.Domain.Students;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

/// <summary>
/// The one place personal identifiers are turned into columns: encryption at rest will change these
/// converters (and a migration), not the rules.
/// </summary>
internal static class ValueConverters
{
    public static readonly ValueConverter<ResidentIdNumber, string> ResidentId = new(
        id => id.Value,
        value => FromColumn(value));

    public static readonly ValueConverter<StudentName, string> StudentName = new(
        name => name.Value,
        value => Domain.Students.StudentName.Create(value, "name"));

    public static readonly ValueConverter<BirthCertificateNumber, string> BirthCertificate = new(
        number => number.Value,
        value => BirthCertificateNumber.FromStored(value));

    private static ResidentIdNumber FromColumn(string value) =>
        ResidentIdNumber.Parse(value).Number ?? throw new InvalidOperationException("A stored resident ID no longer parses.");
}
