using Enrollment.Modules.Review.Domain.Statistics;

namespace Enrollment.Modules.Review.Tests;

public sealed class StatisticsTallyTests
{
    private static readonly Guid SchoolA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid SchoolB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");

    public static TheoryData<string, string> DayCases => new()
    {
        // submitted at (UTC) → the parent's day (China time)
        { "2024-07-15T01:00:00Z", "2024-07-15" },
        { "2024-07-15T15:59:59Z", "2024-07-15" },
        { "2024-07-15T16:00:00Z", "2024-07-16" },
        { "2024-07-14T23:30:00-08:00", "2024-07-15" },
    };

    [Theory]
    [MemberData(nameof(DayCases))]
    public void The_day_of_submission_is_the_day_in_China(string submittedAt, string day)
    {
        var tally = new StatisticsTally();
        tally.AddApplication("UnderReview", "KindergartenGraduate", SchoolA, "甲", DateTimeOffset.Parse(submittedAt, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([new CountItem(day, day, 1)], tally.ByDay());
    }

    [Fact]
    public void Every_status_type_and_evidence_page_is_listed_even_at_zero_and_schools_most_first()
    {
        var tally = new StatisticsTally();
        var at = new DateTimeOffset(2024, 7, 15, 2, 0, 0, TimeSpan.Zero);
        tally.AddApplication("UnderReview", "KindergartenGraduate", SchoolA, "甲幼儿园", at);
        tally.AddApplication("Accepted", "PrimaryGraduate", SchoolB, "乙小学", at.AddDays(2));
        tally.AddApplication("Accepted", "PrimaryGraduate", SchoolB, "乙小学", at);
        tally.AddEvidence("relocation");

        Assert.Equal(3, tally.Total);
        Assert.Equal([new("UnderReview", "审核中", 1), new("Returned", "有误", 0), new CountItem("Accepted", "已提交", 2)], tally.ByStatus());
        Assert.Equal([new("KindergartenGraduate", "幼儿园毕业生", 1), new CountItem("PrimaryGraduate", "小学毕业生", 2)], tally.ByGraduationType());
        Assert.Equal([new(SchoolB.ToString(), "乙小学", 2), new CountItem(SchoolA.ToString(), "甲幼儿园", 1)], tally.BySchool());
        Assert.Equal(["2024-07-15", "2024-07-17"], tally.ByDay().Select(d => d.Key));
        Assert.Equal(7, tally.ByEvidenceKind().Count);
        Assert.Equal(new CountItem("relocation", "拆迁安置协议信息", 1), tally.ByEvidenceKind()[5]);
        Assert.All(tally.ByEvidenceKind().Where(k => k.Key != "relocation"), k => Assert.Equal(0, k.Count));
    }
}
