using Enrollment.Modules.Registration.Domain.Students;

namespace Enrollment.Testing;

/// <summary>Valid resident IDs (real check characters) for any birth date; each call gives a new sequence number.</summary>
public static class TestIds
{
    private static int _sequence = Random.Shared.Next(0, 400);

    /// <summary>A Dengfeng-born child's ID with this birth date; odd sequence = male.</summary>
    public static string For(DateOnly birthDate, bool male = true, string region = "410185")
    {
        var next = Interlocked.Increment(ref _sequence) % 500;
        var sequence = (next * 2) + (male ? 1 : 0);
        var body = $"{region}{birthDate:yyyyMMdd}{sequence % 1000:D3}";
        return body + ResidentIdNumber.CheckCharacterOf(body);
    }

    /// <summary>In the 2024 primary window (born 2017-09-01 … 2018-08-31), spread over the window so IDs rarely meet.</summary>
    public static string Primary2024() => For(new DateOnly(2017, 9, 1).AddDays(Random.Shared.Next(0, 365)));
}
