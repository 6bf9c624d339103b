using Enrollment.Modules.Registration.Application.Retention.AnonymizeListedApplications;
using Enrollment.Modules.Registration.Application.Retention.CompleteRetentionReport;
using Enrollment.Modules.Registration.Application.Retention.ExecuteRetentionReport;
using Enrollment.Modules.Registration.Application.Retention.GetRetentionReports;
using Enrollment.Modules.Registration.Application.Retention.PlanRetention;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Registration.Infrastructure.Retention;

/// <summary>
/// The retention of personal data as Hangfire jobs (ADR-0041). Daily: carry out every dry run whose review days have
/// passed, then plan a dry run of what has newly become due. An execution runs in batches, each its own transaction,
/// so a run that stops (restart, cancel) resumes where it was: anonymized applications are skipped.
/// </summary>
internal sealed class RetentionJob(IServiceScopeFactory scopes, IOptions<RetentionOptions> options)
{
    public const string RecurringJobId = "registration-retention";

    /// <summary>How the job signs the dry runs it plans itself (the reports and the audit show it).</summary>
    public const string JobName = "数据保留任务";

    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [300, 3600])]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public async Task RunDailyAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ListRetentionReportsDueQuery(), cancellationToken);
        }

        foreach (var reportId in due)
        {
            await ExecuteAsync(reportId, cancellationToken);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PlanRetentionCommand(JobName, OnlyWhenSomethingIsDue: true), cancellationToken);
        }
    }

    /// <summary>Anonymizes what the report lists, batch by batch, then records the outcome on the report.</summary>
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 600, 3600])]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public async Task ExecuteAsync(Guid reportId, CancellationToken cancellationToken)
    {
        Guid? after = null;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            var batch = await sender.Send(new ListRetentionReportBatchQuery(reportId, after, options.Value.BatchSize), cancellationToken);
            if (batch.Count == 0)
            {
                await sender.Send(new CompleteRetentionReportCommand(reportId), cancellationToken);
                return;
            }

            await sender.Send(new AnonymizeListedApplicationsCommand(reportId, batch), cancellationToken);
            after = batch[^1];
        }
    }
}

/// <summary>The Application layer's scheduling port on Hangfire.</summary>
internal sealed class HangfireRetentionJobs(IBackgroundJobClient jobs) : IRetentionJobs
{
    public void Execute(Guid reportId) => jobs.Enqueue<RetentionJob>(job => job.ExecuteAsync(reportId, CancellationToken.None));
}

/// <summary>Bound from <c>Retention</c>.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Days after a season closes until its applications' personal data is removed (default 365).</summary>
    public int DaysAfterSeasonCloses { get; set; } = 365;

    /// <summary>Days a dry run waits for an admin to read (and cancel) it before the daily job carries it out (default 7).</summary>
    public int DaysToReviewReport { get; set; } = 7;

    /// <summary>Applications per transaction of an execution (default 200).</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>When the daily job runs (cron, China time); default 02:30.</summary>
    public string Cron { get; set; } = "30 2 * * *";

    /// <summary>False: the daily job is not scheduled (an admin can still plan and execute reports).</summary>
    public bool Enabled { get; set; } = true;
}
