using Enrollment.BuildingBlocks.Application.Events;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.IntegrationEvents;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Retention.CompleteRetentionReport;

/// <summary>After the last batch: the report records how many of its applications are anonymized, and the audit hears of it.</summary>
public sealed record CompleteRetentionReportCommand(Guid ReportId) : ICommand<RetentionReportDto>;

internal sealed class CompleteRetentionReportCommandHandler(IRetentionReportRepository reports, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<CompleteRetentionReportCommand, RetentionReportDto>
{
    public async ValueTask<RetentionReportDto> Handle(CompleteRetentionReportCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var report = await reports.GetAsync(command.ReportId, cancellationToken) ?? throw new NotFoundException("retention report", command.ReportId);
        var now = clock.GetUtcNow();
        report.MarkExecuted(await reports.CountAnonymizedAsync(report.Id, cancellationToken), now);
        outbox.Add(new RetentionReportExecutedIntegrationEvent(Guid.NewGuid(), now, report.Id, report.PlannedBy, report.ListedCount, report.AnonymizedCount));
        return report.ToDto();
    }
}
