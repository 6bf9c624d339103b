using Enrollment.Modules.Regions.Application.Regions.ValidateAddressRegion;
using Enrollment.Modules.Regions.Domain.Regions;

namespace Enrollment.Modules.Regions.Tests;

public sealed class AddressRegionRuleTests
{
    private const long Dengfeng = 410185000000;

    private readonly RegionTree _tree = TestTrees.Small();

    [Theory]
    [InlineData("410185001001", true, null, null)] // 嵩溪园居委会, 嵩阳街道
    [InlineData("410185100202", true, null, null)] // 金中村委会, 大金店镇
    [InlineData("410185001000", false, "region.too-shallow", "地址请选择到村（社区）居委会")] // 嵩阳街道: a town in the home county
    [InlineData("410185100", false, "region.too-shallow", "地址请选择到村（社区）居委会")] // 9 digits are padded
    [InlineData("410185", false, "region.too-shallow", "地址请选择到村（社区）居委会")] // the home county itself
    [InlineData("410102001000", true, null, null)] // 林山寨街道, 中原区: elsewhere a town is enough
    [InlineData("410102000000", false, "region.too-shallow", "地址请选择到街道（乡镇）")] // 中原区
    [InlineData("410100000000", false, "region.too-shallow", "地址请选择到街道（乡镇）")] // 郑州市
    [InlineData("410000000000", false, "region.too-shallow", "地址请选择到街道（乡镇）")] // 河南省
    [InlineData("441900003000", true, null, null)] // 东城街道, 东莞 (no county level)
    [InlineData("350527000000", true, null, null)] // 金门县 has no towns: it is the last level there is
    [InlineData("410185999000", false, "region.unknown", "请选择有效的地址区划")]
    [InlineData("4101850010", false, "region.unknown", "请选择有效的地址区划")]
    [InlineData("abc", false, "region.unknown", "请选择有效的地址区划")]
    [InlineData("", false, "region.unknown", "请选择有效的地址区划")]
    [InlineData(null, false, "region.unknown", "请选择有效的地址区划")]
    public void The_last_level_rule(string? code, bool valid, string? errorCode, string? message)
    {
        var check = ValidateAddressRegionQueryHandler.Check(_tree, code, Dengfeng);

        Assert.Equal(valid, check.IsValid);
        Assert.Equal(errorCode, check.Code);
        Assert.Equal(message, check.Message);
        Assert.Equal(errorCode == "region.unknown", check.Region is null);
    }

    [Fact]
    public void A_valid_answer_carries_the_region_with_its_kind_and_full_name()
    {
        var check = ValidateAddressRegionQueryHandler.Check(_tree, "410185100202", Dengfeng);

        Assert.NotNull(check.Region);
        Assert.Equal(new Contracts.Queries.RegionSummary("410185100202", "金中村委会", "Village", "村委会", "河南省 郑州市 登封市 大金店镇 金中村委会", "410185100000"), check.Region);
    }

    [Fact]
    public void With_another_home_county_a_Dengfeng_town_is_enough()
    {
        var check = ValidateAddressRegionQueryHandler.Check(_tree, "410185001000", 410102000000);
        Assert.True(check.IsValid);
    }
}
