using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Tests.Seasons;

/// <summary>When a season's drafts are due their reminder: Season.IsDraftReminderDueAt.</summary>
public class DraftReminderTests
{
    // The 2024 season opens 1 June 00:00 and closes 31 August 23:59:59, China time.
    public static TheoryData<int?, string, bool> Cases => new()
    {
        // reminder days, now (China time) → due
        { null, "2024-08-30T12:00:00", false },
        { 7, "2024-08-24T23:59:58", false },
        { 7, "2024-08-24T23:59:59", true },
        { 7, "2024-08-31T23:59:58", true },
        { 7, "2024-08-31T23:59:59", false }, // closed
        { 60, "2024-07-15T10:00:00", true },
        { 30, "2024-07-15T10:00:00", false },
        { 60, "2024-05-31T23:59:59", false }, // not open yet
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Drafts_are_due_their_reminder_only_while_open_and_within_the_days_before_closing(int? days, string now, bool due)
    {
        var season = Season2024(days);
        Assert.Equal(due, season.IsDraftReminderDueAt(TestData.ChinaTimeAt(now)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void Reminder_days_outside_1_to_60_are_refused(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Season2024(days));

    private static Season Season2024(int? days) => Season.Create(
        2024,
        "登封市2024年",
        "410185",
        TestData.Season2024OpensAt,
        TestData.Season2024ClosesAt,
        AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 6),
        AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 12),
        new SeasonPolicy(false, [], null, null, null, days));
}
