using Enrollment.Modules.Regions.Domain.Regions;

namespace Enrollment.Modules.Regions.Tests;

public sealed class RegionTreeTests
{
    private readonly RegionTree _tree = TestTrees.Small();

    private string[] Codes(ReadOnlySpan<int> indexes)
    {
        var codes = new string[indexes.Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            codes[i] = RegionCode.Format(_tree.CodeAt(indexes[i]));
        }

        return codes;
    }

    [Fact]
    public void Provinces_are_the_roots_sorted_by_code() =>
        Assert.Equal(["350000000000", "410000000000", "440000000000"], Codes(_tree.Provinces));

    [Fact]
    public void Children_are_sorted_by_code_whatever_the_input_order() =>
        Assert.Equal(["410185100001", "410185100202"], Codes(_tree.ChildrenOf(_tree.IndexOf(410185100000))));

    [Fact]
    public void The_full_name_is_the_path_from_the_province()
    {
        var index = _tree.IndexOf(410185001001);
        Assert.Equal("河南省 郑州市 登封市 嵩阳街道 嵩溪园居委会", _tree.FullNameOf(index));
        Assert.Equal(["410000000000", "410100000000", "410185000000", "410185001000", "410185001001"], Codes(_tree.PathOf(index)));
    }

    [Fact]
    public void A_town_of_a_city_without_counties_hangs_under_the_city()
    {
        var index = _tree.IndexOf(441900003000);
        Assert.Equal("广东省 东莞市 东城街道", _tree.FullNameOf(index));
        Assert.Equal(441900000000, _tree.CodeAt(_tree.ParentAt(index)));
    }

    [Fact]
    public void Unknown_codes_are_not_found() => Assert.Equal(-1, _tree.IndexOf(410185999000));

    [Fact]
    public void Home_county_membership_is_by_the_six_digit_prefix_from_county_level_down()
    {
        Assert.True(_tree.IsWithinCounty(_tree.IndexOf(410185100202), 410185000000));
        Assert.True(_tree.IsWithinCounty(_tree.IndexOf(410185000000), 410185000000));
        Assert.False(_tree.IsWithinCounty(_tree.IndexOf(410102001000), 410185000000));
        Assert.False(_tree.IsWithinCounty(_tree.IndexOf(410100000000), 410185000000));
    }

    [Fact]
    public void Search_ranks_exact_then_prefix_then_contains_upper_levels_first()
    {
        var rows = TestTrees.Rows.Append((410185001099, "金")).ToArray();
        var tree = RegionTree.Build(rows);
        var hits = tree.Search("金", 10).Select(i => tree.NameAt(i)).ToList();
        Assert.Equal(["金", "金门县", "金西居委会", "金中村委会", "大金店镇"], hits);
    }

    [Fact]
    public void Search_is_limited_and_can_be_kept_within_one_region()
    {
        Assert.Single(_tree.Search("金", 1));
        var within = _tree.Search("金", 10, _tree.IndexOf(410185000000)).Select(i => _tree.CodeAt(i)).ToList();
        Assert.Equal([410185100001, 410185100202, 410185100000], within);
        Assert.DoesNotContain(350527000000L, within);
    }

    [Fact]
    public void The_version_depends_on_every_code_and_name_only()
    {
        var same = RegionTree.Build(TestTrees.Rows.Reverse());
        var renamed = RegionTree.Build(TestTrees.Rows.Select(r => r.Item1 == 410185100202 ? (r.Item1, "金中村") : r));
        Assert.Equal(_tree.Version, same.Version);
        Assert.NotEqual(_tree.Version, renamed.Version);
        Assert.Equal(16, _tree.Version.Length);
    }

    [Fact]
    public void Duplicate_codes_are_refused() =>
        Assert.Throws<ArgumentException>(() => RegionTree.Build([(410000000000, "河南省"), (410000000000, "河南")]));
}
