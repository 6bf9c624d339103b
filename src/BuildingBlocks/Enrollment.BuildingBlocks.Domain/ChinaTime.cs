namespace Enrollment.BuildingBlocks.Domain;

/// <summary>
/// China Standard Time, the one clock of every county the platform serves: a parent's "day" (submission day,
/// policy dates, deadlines in messages) and the bureau's night-time jobs are in it, whatever the server's zone.
/// </summary>
public static class ChinaTime
{
    /// <summary>UTC+8, with no daylight saving.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Asia/Shanghai from the system's zone database, or a fixed UTC+8 zone where it has none.</summary>
    public static TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone) ? zone : TimeZoneInfo.CreateCustomTimeZone("China", Offset, "China", "China");

    /// <summary>The calendar day in China at <paramref name="instant"/>.</summary>
    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
