using Enrollment.BuildingBlocks.Application.Persistence;
using Enrollment.Modules.Registration.Contracts.IntegrationEvents;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Domain.Audit;
using Mediator;

namespace Enrollment.Modules.Review.Application.Retention;

/// <summary>
/// A retention batch (ADR-0041): the returns of these applications lose the field values kept for the reviewer's diff
/// and the reviewers' notes. Running it again changes nothing more.
/// </summary>
internal sealed class AnonymizeReturnsOfAnonymizedApplications(IReturnDecisionRepository returns, IUnitOfWork unitOfWork)
    : INotificationHandler<ApplicationsAnonymizedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationsAnonymizedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        foreach (var decision in await returns.ListForUpdateAsync(notification.ApplicationIds, cancellationToken))
        {
            decision.Anonymize();
        }

        await unitOfWork.CommitAsync(cancellationToken);
    }
}

/// <summary>
/// Each retention dry run and each run is one <see cref="AuditAction.Retention"/> line, signed by whoever planned it (a
/// staff member or the job). A redelivered event finds its line (same report, same words) and adds none.
/// </summary>
internal sealed class RecordRetentionInAuditTrail(IAuditTrail audit, IUnitOfWork unitOfWork)
    : INotificationHandler<RetentionReportPlannedIntegrationEvent>,
      INotificationHandler<RetentionReportExecutedIntegrationEvent>
{
    public const string Role = "System";

    public ValueTask Handle(RetentionReportPlannedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return RecordAsync(
            notification.PlannedBy,
            $"数据保留预演 {notification.ReportId}：列出 {notification.Listed} 条报名信息，{notification.ExecutesAfter:yyyy-MM-dd HH:mm} (UTC) 后执行",
            notification.OccurredAt,
            cancellationToken);
    }

    public ValueTask Handle(RetentionReportExecutedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return RecordAsync(
            notification.PlannedBy,
            $"数据保留执行 {notification.ReportId}：列出 {notification.Listed} 条，已匿名化 {notification.Anonymized} 条",
            notification.OccurredAt,
            cancellationToken);
    }

    private async ValueTask RecordAsync(string by, string detail, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var (lines, _) = await audit.ListAsync(new AuditFilter(null, null, AuditAction.Retention, occurredAt, occurredAt), 1, 50, cancellationToken);
        if (lines.Any(l => l.Detail == detail))
        {
            return;
        }

        audit.Add(AuditEntry.Record(new AuditActor(null, by, Role, null), AuditAction.Retention, null, detail, occurredAt));
        await unitOfWork.CommitAsync(cancellationToken);
    }
}
