using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;
using Enrollment.Modules.Registration.Infrastructure.Seeding;

namespace Enrollment.Modules.Registration.Tests.Seeding;

public class SeasonSeederTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static DateTimeOffset EndOfDayInChina(int year, int month, int day) =>
        new(new DateOnly(year, month, day).ToDateTime(TimeOnly.MaxValue), China);

    [Fact]
    public void Given_late_November_2026_Then_the_coming_season_is_2027_open_from_today_until_the_end_of_31_August()
    {
        var now = new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero); // 11:00 in China

        var season = SeasonSeeder.Build(new SeasonSeedOptions { Enabled = true }, now);

        Assert.Equal(2027, season.Year);
        Assert.Equal("登封市2027年义务教育新生入学信息采集", season.Name);
        Assert.Equal("410185", season.HomeCountyCode);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 0, 0, 0, China), season.OpensAt);
        Assert.Equal(EndOfDayInChina(2027, 8, 31), season.ClosesAt);
        Assert.Equal(new DateTimeOffset(2027, 8, 31, 23, 59, 59, China).AddTicks(9_999_999), season.ClosesAt);
        Assert.True(season.IsOpenAt(now));
        Assert.Equal(new AgeWindow(new DateOnly(2020, 9, 1), new DateOnly(2021, 8, 31)), season.PrimaryEntryWindow);
        Assert.Equal(new AgeWindow(new DateOnly(2014, 9, 1), new DateOnly(2015, 8, 31)), season.JuniorMiddleEntryWindow);
        Assert.Equal(season.PrimaryEntryWindow, season.AgeWindowFor(GraduationType.KindergartenGraduate));
    }

    [Fact]
    public void Given_mid_July_2024_Then_the_season_is_2024()
    {
        var now = new DateTimeOffset(2024, 7, 15, 10, 0, 0, China);

        var season = SeasonSeeder.Build(new SeasonSeedOptions(), now);

        Assert.Equal(2024, season.Year);
        Assert.Equal(new DateTimeOffset(2024, 7, 15, 0, 0, 0, China), season.OpensAt);
        Assert.Equal(EndOfDayInChina(2024, 8, 31), season.ClosesAt);
        Assert.Equal(AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 6), season.PrimaryEntryWindow);
        Assert.Equal(AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 12), season.JuniorMiddleEntryWindow);
        Assert.True(season.IsOpenAt(now));
    }

    [Theory]
    // UTC instant, year expected: the day is China's, not UTC's.
    [InlineData("2026-08-31T15:59:00Z", 2026)] // 23:59 on 31 August in China
    [InlineData("2026-08-31T16:00:00Z", 2027)] // 00:00 on 1 September in China, still 31 August in UTC
    [InlineData("2026-01-01T00:00:00Z", 2026)]
    [InlineData("2025-12-31T16:30:00Z", 2026)] // already 1 January in China
    public void The_year_turns_after_the_cut_off_day_in_China_time(string utc, int expectedYear)
    {
        var now = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        var season = SeasonSeeder.Build(new SeasonSeedOptions(), now);

        Assert.Equal(expectedYear, season.Year);
        Assert.True(season.IsOpenAt(now));
        Assert.Equal(DateOnly.FromDateTime(now.ToOffset(China).DateTime), DateOnly.FromDateTime(season.OpensAt.ToOffset(China).DateTime));
        Assert.Equal(TimeSpan.Zero, season.OpensAt.ToOffset(China).TimeOfDay);
    }

    [Fact]
    public void Explicit_year_opening_and_closing_are_respected()
    {
        var opensAt = new DateTimeOffset(2025, 5, 1, 8, 0, 0, China);
        var closesAt = new DateTimeOffset(2025, 7, 31, 18, 0, 0, China);
        var options = new SeasonSeedOptions
        {
            Year = 2025,
            OpensAt = opensAt,
            ClosesAt = closesAt,
            HomeCountyCode = "410100",
            CountyName = "郑州市",
        };

        var season = SeasonSeeder.Build(options, new DateTimeOffset(2024, 11, 28, 3, 0, 0, TimeSpan.Zero));

        Assert.Equal(2025, season.Year);
        Assert.Equal("郑州市2025年义务教育新生入学信息采集", season.Name);
        Assert.Equal("410100", season.HomeCountyCode);
        Assert.Equal(opensAt, season.OpensAt);
        Assert.Equal(closesAt, season.ClosesAt);
        Assert.Equal(AgeWindow.FullYearsOn(new DateOnly(2025, 8, 31), 6), season.PrimaryEntryWindow);
        Assert.Equal(AgeWindow.FullYearsOn(new DateOnly(2025, 8, 31), 12), season.JuniorMiddleEntryWindow);
    }

    [Fact]
    public void Explicit_year_alone_closes_on_that_years_cut_off()
    {
        var season = SeasonSeeder.Build(new SeasonSeedOptions { Year = 2028 }, new DateTimeOffset(2027, 10, 1, 12, 0, 0, China));

        Assert.Equal(2028, season.Year);
        Assert.Equal(new DateTimeOffset(2027, 10, 1, 0, 0, 0, China), season.OpensAt);
        Assert.Equal(EndOfDayInChina(2028, 8, 31), season.ClosesAt);
    }

    [Fact]
    public void Cut_off_and_full_years_come_from_the_options()
    {
        var options = new SeasonSeedOptions { AgeCutOff = "12-31", PrimaryEntryFullYears = 5, JuniorMiddleEntryFullYears = 11 };

        var season = SeasonSeeder.Build(options, new DateTimeOffset(2024, 7, 15, 10, 0, 0, China));

        Assert.Equal(2024, season.Year);
        Assert.Equal(EndOfDayInChina(2024, 12, 31), season.ClosesAt);
        Assert.Equal(new AgeWindow(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31)), season.PrimaryEntryWindow);
        Assert.Equal(new AgeWindow(new DateOnly(2013, 1, 1), new DateOnly(2013, 12, 31)), season.JuniorMiddleEntryWindow);
    }

    [Fact]
    public void Null_options_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => SeasonSeeder.Build(null!, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void The_seeded_season_asks_insurance_from_february_to_june_and_a_permit_valid_on_the_first_of_july_of_the_year_of_entry()
    {
        var season = SeasonSeeder.Build(new SeasonSeedOptions { Year = 2027, OpensAt = new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.FromHours(8)) }, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2027, 2, 1), season.SocialInsuranceFrom);
        Assert.Equal(new DateOnly(2027, 6, 1), season.SocialInsuranceTo);
        Assert.Equal(new DateOnly(2027, 7, 1), season.ResidencePermitValidOn);
    }

    [Fact]
    public void Empty_policy_settings_seed_a_season_without_them()
    {
        var season = SeasonSeeder.Build(
            new SeasonSeedOptions { Year = 2027, OpensAt = new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.FromHours(8)), SocialInsuranceFromMonth = "", SocialInsuranceToMonth = null, ResidencePermitValidOn = " " },
            new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Null(season.SocialInsuranceFrom);
        Assert.Null(season.SocialInsuranceTo);
        Assert.Null(season.ResidencePermitValidOn);
    }
}
