using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Retention.ExecuteRetentionReport;

/// <summary>An admin carries a planned report out now, before its review days have passed: a background job does it.</summary>
public sealed record ExecuteRetentionReportCommand(Guid ReportId) : ICommand<RetentionReportDto>;

/// <summary>The scheduling port of the retention run (Hangfire in Infrastructure).</summary>
public interface IRetentionJobs
{
    void Execute(Guid reportId);
}

internal sealed class ExecuteRetentionReportCommandHandler(IRetentionReportRepository reports, IRetentionJobs jobs)
    : ICommandHandler<ExecuteRetentionReportCommand, RetentionReportDto>
{
    public async ValueTask<RetentionReportDto> Handle(ExecuteRetentionReportCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var report = await reports.GetAsync(command.ReportId, cancellationToken) ?? throw new NotFoundException("retention report", command.ReportId);

        // The job would refuse it too; refusing now tells the admin instead of failing in the background.
        report.EnsurePlanned();
        jobs.Execute(report.Id);
        return report.ToDto();
    }
}
