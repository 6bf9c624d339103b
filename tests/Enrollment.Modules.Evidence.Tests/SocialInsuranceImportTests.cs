using Enrollment.Modules.Evidence.Domain.SocialInsurance;

namespace Enrollment.Modules.Evidence.Tests;

/// <summary>An import's counts, its listed refusals and when an upload of the same file runs it again.</summary>
public sealed class SocialInsuranceImportTests
{
    private static readonly DateTimeOffset Now = new(2024, 7, 15, 2, 0, 0, TimeSpan.Zero);

    private static SocialInsuranceImport Queued() => SocialInsuranceImport.Queue(Guid.NewGuid(), "明细.xlsx", new string('a', 64), 1024, "xlsx", "social-insurance/x.xlsx", Now);

    [Fact]
    public void Refusals_are_counted_all_and_listed_up_to_a_hundred_and_a_new_start_counts_again()
    {
        var import = Queued();
        import.Start(Now);
        import.Progress(1000, 880, 800, Enumerable.Range(2, 120).Select(row => new ImportRefusal(row, "身份证号为空")));

        Assert.Equal((1000, 880, 800, 120), (import.RowsRead, import.Accepted, import.NewRecords, import.Refused));
        Assert.Equal(SocialInsuranceImport.ListedRefusals, import.Refusals.Count);
        Assert.Equal(2, import.Refusals[0].Row);

        import.Start(Now.AddMinutes(1)); // a retried job
        Assert.Equal((0, 0, 0, 0, 0), (import.RowsRead, import.Accepted, import.NewRecords, import.Refused, import.Refusals.Count));
        Assert.Equal(ImportStatus.Running, import.Status);
    }

    [Theory]
    [InlineData("Queued", 1, false)] // its job is probably still coming
    [InlineData("Queued", 11, true)] // the job never came: the process stopped before queuing it
    [InlineData("Running", 60, false)]
    [InlineData("Completed", 60, false)]
    [InlineData("Failed", 0, true)]
    public void An_upload_of_the_same_file_runs_the_import_again_only_when_it_failed_or_its_job_never_came(string status, int minutesLater, bool again)
    {
        var import = Queued();
        switch (status)
        {
            case "Running":
                import.Start(Now);
                break;
            case "Completed":
                import.Start(Now);
                import.Complete(Now);
                break;
            case "Failed":
                import.Start(Now);
                import.Fail("文件超过200000行", Now);
                break;
        }

        Assert.Equal(again, import.NeedsRunAgain(Now.AddMinutes(minutesLater)));
    }
}
