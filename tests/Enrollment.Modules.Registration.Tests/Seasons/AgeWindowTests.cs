using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Tests.Seasons;

public class AgeWindowTests
{
    [Theory]
    // cut-off, full years, earliest, latest
    [InlineData("2024-08-31", 6, "2017-09-01", "2018-08-31")]
    [InlineData("2024-08-31", 12, "2011-09-01", "2012-08-31")]
    [InlineData("2027-08-31", 6, "2020-09-01", "2021-08-31")]
    [InlineData("2024-09-01", 6, "2017-09-02", "2018-09-01")]
    [InlineData("2024-12-31", 6, "2018-01-01", "2018-12-31")]
    // Leap-day cut-offs and leap-day births: a child born on 29 February has its birthday on 1 March
    // in common years.
    [InlineData("2028-02-29", 6, "2021-03-01", "2022-02-28")]
    [InlineData("2027-02-28", 6, "2020-02-29", "2021-02-28")]
    [InlineData("2026-02-28", 6, "2019-03-01", "2020-02-28")]
    [InlineData("2024-02-29", 4, "2019-03-01", "2020-02-29")]
    public void FullYearsOn_gives_the_birth_dates_of_children_that_age_on_the_cut_off(string cutOff, int fullYears, string earliest, string latest)
    {
        var window = AgeWindow.FullYearsOn(TestData.Date(cutOff), fullYears);

        Assert.Equal(TestData.Date(earliest), window.EarliestBirthDate);
        Assert.Equal(TestData.Date(latest), window.LatestBirthDate);
    }

    [Theory]
    [InlineData("2017-09-01", AgeCheck.WithinWindow)]
    [InlineData("2018-08-31", AgeCheck.WithinWindow)]
    [InlineData("2018-02-28", AgeCheck.WithinWindow)]
    [InlineData("2017-08-31", AgeCheck.TooOld)]
    [InlineData("2018-09-01", AgeCheck.TooYoung)]
    [InlineData("2010-01-01", AgeCheck.TooOld)]
    [InlineData("2024-06-01", AgeCheck.TooYoung)]
    public void Check_at_the_boundaries_of_the_2024_primary_window(string birthDate, AgeCheck expected)
    {
        var window = AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 6);

        Assert.Equal(expected, window.Check(TestData.Date(birthDate)));
    }

    [Theory]
    [InlineData("2021-03-01", AgeCheck.WithinWindow)]
    [InlineData("2022-02-28", AgeCheck.WithinWindow)]
    [InlineData("2021-02-28", AgeCheck.TooOld)]
    [InlineData("2022-03-01", AgeCheck.TooYoung)]
    public void Check_around_a_leap_day_cut_off(string birthDate, AgeCheck expected)
    {
        var window = AgeWindow.FullYearsOn(new DateOnly(2028, 2, 29), 6);

        Assert.Equal(expected, window.Check(TestData.Date(birthDate)));
    }

    [Theory]
    [InlineData("2026-02-28", AgeCheck.TooYoung)] // turns 6 on 2026-03-01
    [InlineData("2027-02-28", AgeCheck.WithinWindow)] // still 6 on 2027-02-28, 7 on 2027-03-01
    [InlineData("2028-02-29", AgeCheck.TooOld)] // 8 by then
    public void A_child_born_on_a_leap_day_is_checked_against_common_year_cut_offs(string cutOff, AgeCheck expected)
    {
        var window = AgeWindow.FullYearsOn(TestData.Date(cutOff), 6);

        Assert.Equal(expected, window.Check(new DateOnly(2020, 2, 29)));
    }

    [Fact]
    public void A_window_stated_directly_admits_both_ends()
    {
        var window = new AgeWindow(new DateOnly(2017, 9, 1), new DateOnly(2018, 8, 31));

        Assert.Equal(AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 6), window);
        Assert.Equal(AgeCheck.WithinWindow, window.Check(new DateOnly(2017, 9, 1)));
        Assert.Equal(AgeCheck.WithinWindow, window.Check(new DateOnly(2018, 8, 31)));
    }

    [Fact]
    public void A_one_day_window_is_allowed()
    {
        var day = new DateOnly(2018, 1, 1);
        var window = new AgeWindow(day, day);

        Assert.Equal(AgeCheck.WithinWindow, window.Check(day));
        Assert.Equal(AgeCheck.TooOld, window.Check(day.AddDays(-1)));
        Assert.Equal(AgeCheck.TooYoung, window.Check(day.AddDays(1)));
    }

    [Fact]
    public void A_window_whose_earliest_date_is_after_its_latest_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new AgeWindow(new DateOnly(2018, 9, 1), new DateOnly(2018, 8, 31)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(-1)]
    [InlineData(-7)]
    public void ShiftYears_of_an_August_cut_off_window_is_the_window_of_the_shifted_season(int years)
    {
        var window = AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 6);

        Assert.Equal(AgeWindow.FullYearsOn(new DateOnly(2024 + years, 8, 31), 6), window.ShiftYears(years));
    }

    [Fact]
    public void ShiftYears_moves_both_ends()
    {
        var shifted = new AgeWindow(new DateOnly(2017, 9, 1), new DateOnly(2018, 8, 31)).ShiftYears(3);

        Assert.Equal(new DateOnly(2020, 9, 1), shifted.EarliestBirthDate);
        Assert.Equal(new DateOnly(2021, 8, 31), shifted.LatestBirthDate);
    }

    [Fact]
    public void ShiftYears_of_a_window_starting_on_a_leap_day_lands_on_28_February()
    {
        // Documents DateOnly.AddYears: 2020-02-29 + 1 year = 2021-02-28. The shifted window is one day
        // longer than FullYearsOn for the shifted cut-off would give (2021-03-01 … 2022-02-28).
        var shifted = AgeWindow.FullYearsOn(new DateOnly(2027, 2, 28), 6).ShiftYears(1);

        Assert.Equal(new DateOnly(2021, 2, 28), shifted.EarliestBirthDate);
        Assert.Equal(new DateOnly(2022, 2, 28), shifted.LatestBirthDate);
    }
}
