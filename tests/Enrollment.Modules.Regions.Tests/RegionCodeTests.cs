using Enrollment.Modules.Regions.Domain.Regions;

namespace Enrollment.Modules.Regions.Tests;

public sealed class RegionCodeTests
{
    [Theory]
    [InlineData("41", 410000000000L)]
    [InlineData("4101", 410100000000L)]
    [InlineData("410185", 410185000000L)]
    [InlineData("410185001", 410185001000L)]
    [InlineData("410185001000", 410185001000L)]
    [InlineData("410185100202", 410185100202L)]
    [InlineData("110000000000", 110000000000L)]
    public void Given_2_4_6_9_or_12_digits_Then_the_code_is_padded_to_12(string text, long expected)
    {
        Assert.True(RegionCode.TryParse(text, out var code));
        Assert.Equal(expected, code);
        Assert.Equal(expected.ToString("D12", System.Globalization.CultureInfo.InvariantCulture), RegionCode.Format(code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("410")]
    [InlineData("41018")]
    [InlineData("4101850010")]
    [InlineData("4101850010001")]
    [InlineData("41018500100a")]
    [InlineData(" 410185")]
    [InlineData("-41018500100")]
    [InlineData("４１０１８５")]
    [InlineData("000000000000")]
    [InlineData("00")]
    public void Given_anything_else_Then_it_is_not_a_code(string text) =>
        Assert.False(RegionCode.TryParse(text, out _));

    [Theory]
    [InlineData(410000000000L, RegionLevel.Province, 0L)]
    [InlineData(410100000000L, RegionLevel.City, 410000000000L)]
    [InlineData(410185000000L, RegionLevel.County, 410100000000L)]
    [InlineData(410185001000L, RegionLevel.Town, 410185000000L)]
    [InlineData(410185001001L, RegionLevel.Village, 410185001000L)]
    [InlineData(441900003000L, RegionLevel.Town, 441900000000L)] // 东莞: no county, the town hangs under the city
    [InlineData(441900000000L, RegionLevel.City, 440000000000L)]
    [InlineData(419001000000L, RegionLevel.County, 419000000000L)] // 济源 under 省直辖县级行政区划
    public void Level_and_parent_come_from_the_code(long code, RegionLevel level, long parent)
    {
        Assert.Equal(level, RegionCode.LevelOf(code));
        Assert.Equal(parent, RegionCode.ParentOf(code));
    }

    [Theory]
    [InlineData(410185001000L, "街道")]
    [InlineData(410185099000L, "街道")]
    [InlineData(410185100000L, "镇")]
    [InlineData(410185199000L, "镇")]
    [InlineData(410185200000L, "乡")]
    [InlineData(410185399000L, "乡")]
    [InlineData(410185400000L, "其他")]
    [InlineData(410185599000L, "其他")]
    [InlineData(410185001001L, "居委会")]
    [InlineData(410185001199L, "居委会")]
    [InlineData(410185100200L, "村委会")]
    [InlineData(410185100399L, "村委会")]
    [InlineData(410185100400L, "其他")]
    [InlineData(410185100999L, "其他")]
    [InlineData(410185000000L, null)]
    [InlineData(410100000000L, null)]
    [InlineData(410000000000L, null)]
    public void Kind_comes_from_the_town_or_village_digits(long code, string? kind) =>
        Assert.Equal(kind, RegionCode.KindOf(code));
}
