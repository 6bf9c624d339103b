using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Retention.CancelRetentionReport;

/// <summary>An admin stops a planned report: nothing it lists is anonymized; the next dry run lists them again.</summary>
public sealed record CancelRetentionReportCommand(Guid ReportId) : ICommand<RetentionReportDto>;

internal sealed class CancelRetentionReportCommandHandler(IRetentionReportRepository reports, TimeProvider clock)
    : ICommandHandler<CancelRetentionReportCommand, RetentionReportDto>
{
    public async ValueTask<RetentionReportDto> Handle(CancelRetentionReportCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var report = await reports.GetAsync(command.ReportId, cancellationToken) ?? throw new NotFoundException("retention report", command.ReportId);
        report.Cancel(clock.GetUtcNow());
        return report.ToDto();
    }
}
