using Enrollment.BuildingBlocks.Application.Events;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.IntegrationEvents;
using Enrollment.Modules.Registration.Domain.Retention;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Retention.AnonymizeListedApplications;

/// <summary>
/// One batch of a retention run: anonymizes those of <paramref name="ApplicationIds"/> (listed by the report) whose
/// season is still due — a season whose closing date was moved since the dry run is left alone. One transaction with
/// the event that tells the other modules, so a batch is done everywhere or nowhere; a batch run again changes nothing.
/// </summary>
public sealed record AnonymizeListedApplicationsCommand(Guid ReportId, IReadOnlyList<Guid> ApplicationIds) : ICommand<int>;

internal sealed class AnonymizeListedApplicationsCommandHandler(
    IRetentionReportRepository reports,
    IApplicationRepository applications,
    ISeasonRepository seasons,
    RetentionPeriod period,
    IOutbox outbox,
    TimeProvider clock) : ICommandHandler<AnonymizeListedApplicationsCommand, int>
{
    public async ValueTask<int> Handle(AnonymizeListedApplicationsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var report = await reports.GetAsync(command.ReportId, cancellationToken) ?? throw new NotFoundException("retention report", command.ReportId);
        report.EnsurePlanned();
        var now = clock.GetUtcNow();
        var due = (await seasons.ListAsync(cancellationToken)).Where(s => period.IsDue(s.ClosesAt, now)).Select(s => s.Id).ToHashSet();
        var anonymized = new List<Guid>();
        foreach (var application in await applications.ListForAnonymizationAsync([.. command.ApplicationIds.Select(id => new ApplicationId(id))], cancellationToken))
        {
            if (!application.IsAnonymized && due.Contains(application.SeasonId))
            {
                application.Anonymize(now);
                anonymized.Add(application.Id.Value);
            }
        }

        if (anonymized.Count > 0)
        {
            outbox.Add(new ApplicationsAnonymizedIntegrationEvent(Guid.NewGuid(), now, report.Id, anonymized));
        }

        return anonymized.Count;
    }
}
