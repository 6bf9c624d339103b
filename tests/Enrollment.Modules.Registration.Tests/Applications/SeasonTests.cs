using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Tests.Applications;

public class SeasonTests
{
    [Fact]
    public void Create_keeps_the_2024_parameters_and_stores_instants_in_utc()
    {
        var season = TestData.Season2024();

        Assert.Equal(2024, season.Year);
        Assert.Equal("410185", season.HomeCountyCode);
        Assert.Equal(TestData.Season2024OpensAt, season.OpensAt);
        Assert.Equal(TimeSpan.Zero, season.OpensAt.Offset);
        Assert.Equal(new DateTimeOffset(2024, 5, 31, 16, 0, 0, TimeSpan.Zero), season.OpensAt);
        Assert.Equal(TestData.Season2024ClosesAt, season.ClosesAt);
        Assert.Equal(new AgeWindow(new DateOnly(2017, 9, 1), new DateOnly(2018, 8, 31)), season.AgeWindowFor(GraduationType.KindergartenGraduate));
        Assert.Equal(new AgeWindow(new DateOnly(2011, 9, 1), new DateOnly(2012, 8, 31)), season.AgeWindowFor(GraduationType.PrimaryGraduate));
    }

    [Theory]
    [InlineData("41018")]
    [InlineData("4101850")]
    [InlineData("41O185")]
    [InlineData("")]
    public void A_home_county_that_is_not_six_digits_is_refused(string code)
    {
        Assert.Throws<ArgumentException>(() => Season.Create(
            2024, "x", code, TestData.Season2024OpensAt, TestData.Season2024ClosesAt,
            AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 6), AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 12)));
    }

    [Fact]
    public void A_season_that_closes_when_it_opens_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Season.Create(
            2024, "x", "410185", TestData.Season2024OpensAt, TestData.Season2024OpensAt,
            AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 6), AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 12)));
    }
}
