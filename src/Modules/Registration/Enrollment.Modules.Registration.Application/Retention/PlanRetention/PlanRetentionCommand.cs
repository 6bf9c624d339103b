using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.IntegrationEvents;
using Enrollment.BuildingBlocks.Application.Events;
using Enrollment.Modules.Registration.Domain.Retention;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Retention.PlanRetention;

/// <summary>
/// The dry run: lists every application whose season's retention period has passed and that no planned report lists
/// yet; nothing is changed. <paramref name="OnlyWhenSomethingIsDue"/>: the daily job plans nothing when nothing new is
/// due (an admin's request always gets a report, empty or not).
/// </summary>
public sealed record PlanRetentionCommand(string PlannedBy, bool OnlyWhenSomethingIsDue = false) : ICommand<RetentionReportDto?>;

internal sealed class PlanRetentionCommandHandler(
    ISeasonRepository seasons,
    IRetentionReportRepository reports,
    RetentionPeriod period,
    IOutbox outbox,
    TimeProvider clock) : ICommandHandler<PlanRetentionCommand, RetentionReportDto?>
{
    public async ValueTask<RetentionReportDto?> Handle(PlanRetentionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var allSeasons = await seasons.ListAsync(cancellationToken);
        var dueSeasons = allSeasons.Where(s => period.IsDue(s.ClosesAt, now)).Select(s => s.Id).ToList();
        var due = dueSeasons.Count == 0 ? [] : await reports.ListDueApplicationsAsync(dueSeasons, cancellationToken);
        if (due.Count == 0 && command.OnlyWhenSomethingIsDue)
        {
            return null;
        }

        var (report, items) = RetentionReport.Plan(due, period, command.PlannedBy, now);
        reports.Add(report, items);
        outbox.Add(new RetentionReportPlannedIntegrationEvent(Guid.NewGuid(), now, report.Id, report.PlannedBy, report.ListedCount, report.ExecutesAfter));
        var summary = items.GroupBy(i => (i.SeasonId, i.Status)).Select(g => (g.Key.SeasonId, g.Key.Status, g.Count())).ToList();
        return report.ToDto(RetentionReportMapping.Seasons(summary, allSeasons.ToDictionary(s => s.Id)));
    }
}
