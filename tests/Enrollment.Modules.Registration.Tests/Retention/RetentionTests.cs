using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Retention;
using Enrollment.Modules.Registration.Tests.Applications;

namespace Enrollment.Modules.Registration.Tests.Retention;

/// <summary>The retention of personal data (ADR-0041): when a season's data is due, what anonymizing keeps, the report's states.</summary>
public class RetentionTests
{
    private static readonly Guid Parent = Guid.Parse("0192f1d4-7a00-7000-8000-000000000001");

    [Theory]
    // season closes (China time), days, now (China time), due
    [InlineData("2024-08-31T23:59:59", 365, "2025-08-31T23:59:58", false)]
    [InlineData("2024-08-31T23:59:59", 365, "2025-08-31T23:59:59", true)]
    [InlineData("2024-08-31T23:59:59", 365, "2026-01-01T00:00:00", true)]
    [InlineData("2024-08-31T23:59:59", 0, "2024-08-31T23:59:58", false)]
    [InlineData("2024-08-31T23:59:59", 0, "2024-08-31T23:59:59", true)]
    // 2024 is a leap year: 366 days from 2024-02-28 is 2025-02-28.
    [InlineData("2024-02-28T12:00:00", 366, "2025-02-28T11:59:59", false)]
    [InlineData("2024-02-28T12:00:00", 366, "2025-02-28T12:00:00", true)]
    public void A_season_is_due_the_moment_its_retention_period_ends(string closesAt, int days, string now, bool due)
    {
        var period = new RetentionPeriod(days, 7);

        Assert.Equal(due, period.IsDue(TestData.ChinaTimeAt(closesAt), TestData.ChinaTimeAt(now)));
    }

    [Fact]
    public void Anonymizing_keeps_what_the_statistics_count_and_nothing_a_person_typed()
    {
        var season = TestData.Season2024();
        var application = StudentApplication.Start(Parent, season, GraduationType.KindergartenGraduate, TestData.During2024Season);
        application.SaveStudent(Domain.Students.StudentName.Create("张三", "name"), TestData.ResidentId(new DateOnly(2018, 3, 1)), season, false, TestData.During2024Season);
        var school = application.Student!.GraduationSchoolId;
        var version = application.Version;
        var later = TestData.Season2024ClosesAt.AddDays(400);

        application.Anonymize(later);

        Assert.True(application.IsAnonymized);
        Assert.Equal(later, application.AnonymizedAt);
        Assert.Null(application.Student);
        Assert.Null(application.Father);
        Assert.Null(application.Mother);
        Assert.Null(application.Household);
        Assert.Null(application.StudentLookupKey);
        Assert.Empty(application.ReturnReasons);
        Assert.Equal(Guid.Empty, application.ParentAccountId);
        Assert.Equal(school, application.RetainedGraduationSchoolId);
        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Equal(GraduationType.KindergartenGraduate, application.GraduationType);
        Assert.Equal(season.Id, application.SeasonId);
        Assert.Equal(version + 1, application.Version);

        // Twice: nothing more changes.
        application.Anonymize(later.AddDays(1));
        Assert.Equal(later, application.AnonymizedAt);
        Assert.Equal(version + 1, application.Version);
    }

    [Fact]
    public void An_anonymized_application_can_be_neither_decided_nor_changed()
    {
        var season = TestData.Season2024();
        var application = StudentApplication.Start(Parent, season, GraduationType.KindergartenGraduate, TestData.During2024Season);
        application.Anonymize(TestData.During2024Season);

        var accept = Assert.Throws<BusinessRuleValidationException>(() => application.Accept(TestData.During2024Season));
        var @return = Assert.Throws<BusinessRuleValidationException>(() => application.Return(["x"], TestData.During2024Season));
        var delete = Assert.Throws<BusinessRuleValidationException>(() => application.Delete(season, TestData.During2024Season));

        foreach (var refused in new[] { accept, @return, delete })
        {
            Assert.Equal("application.anonymized", refused.Error.Code);
            Assert.Equal("该信息已超过保存期限并已匿名化，不能再修改或审核", refused.Error.Message);
        }
    }

    [Fact]
    public void A_dry_run_lists_the_due_applications_and_executes_after_the_review_days()
    {
        var now = TestData.Season2024ClosesAt.AddDays(400);
        var season = Guid.NewGuid();
        (Guid, Guid, string)[] due = [(Guid.NewGuid(), season, "Accepted"), (Guid.NewGuid(), season, "Draft")];

        var (report, items) = RetentionReport.Plan(due, new RetentionPeriod(365, 7), "数据保留任务", now);

        Assert.Equal(RetentionReportStatus.Planned, report.Status);
        Assert.Equal(2, report.ListedCount);
        Assert.Equal(now.AddDays(7), report.ExecutesAfter);
        Assert.All(items, item => Assert.Equal(report.Id, item.ReportId));
        Assert.Equal(due.Select(d => d.Item1), items.Select(i => i.ApplicationId));
        Assert.False(report.IsDueForExecution(now.AddDays(7).AddSeconds(-1)));
        Assert.True(report.IsDueForExecution(now.AddDays(7)));
    }

    [Theory]
    [InlineData(true, "该数据保留报告已执行")]
    [InlineData(false, "该数据保留报告已取消")]
    public void A_report_is_executed_or_cancelled_once(bool executed, string message)
    {
        var now = TestData.Season2024ClosesAt.AddDays(400);
        var (report, _) = RetentionReport.Plan([], new RetentionPeriod(365, 7), "admin", now);
        if (executed)
        {
            report.MarkExecuted(0, now);
        }
        else
        {
            report.Cancel(now);
        }

        Assert.False(report.IsDueForExecution(now.AddDays(30)));
        foreach (var again in new Action[] { () => report.Cancel(now), () => report.MarkExecuted(0, now), report.EnsurePlanned })
        {
            var refused = Assert.Throws<BusinessRuleValidationException>(again);
            Assert.Equal("retention.report.not-planned", refused.Error.Code);
            Assert.Equal(message, refused.Error.Message);
        }
    }
}
