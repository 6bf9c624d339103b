using System.Globalization;
using Enrollment.Modules.Registration.Domain.Seasons;
using Enrollment.Modules.Registration.Domain.Students;

namespace Enrollment.Modules.Registration.Tests;

/// <summary>Valid resident IDs and the 2024 Dengfeng season, built rather than hard-coded.</summary>
internal static class TestData
{
    public const string HomeCounty = "410185";

    public static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    /// <summary>An 18-character ID with the right check character: region + birth date + sequence (odd = male).</summary>
    public static string IdFor(DateOnly birthDate, int sequence = 1, string region = HomeCounty)
    {
        var body = region
            + birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + sequence.ToString("D3", CultureInfo.InvariantCulture);
        return body + ResidentIdNumber.CheckCharacterOf(body);
    }

    public static ResidentIdNumber ResidentId(DateOnly birthDate, int sequence = 1) =>
        ResidentIdNumber.Parse(IdFor(birthDate, sequence)).Number
        ?? throw new InvalidOperationException("The test ID should be valid.");

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A China-time instant from "yyyy-MM-ddTHH:mm:ss".</summary>
    public static DateTimeOffset ChinaTimeAt(string local) =>
        new(DateTime.ParseExact(local, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), ChinaTime);

    public static readonly DateTimeOffset Season2024OpensAt = ChinaTimeAt("2024-06-01T00:00:00");

    public static readonly DateTimeOffset Season2024ClosesAt = ChinaTimeAt("2024-08-31T23:59:59");

    /// <summary>A moment inside the 2024 season.</summary>
    public static readonly DateTimeOffset During2024Season = ChinaTimeAt("2024-07-15T10:30:00");

    public static Season Season2024() => Season.Create(
        2024,
        "登封市2024年义务教育新生入学信息采集",
        HomeCounty,
        Season2024OpensAt,
        Season2024ClosesAt,
        AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 6),
        AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 12));
}
