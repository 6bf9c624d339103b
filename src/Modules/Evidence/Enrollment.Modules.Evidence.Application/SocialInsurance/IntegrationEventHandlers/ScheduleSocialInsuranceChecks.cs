using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Contracts.IntegrationEvents;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Registration.Contracts.IntegrationEvents;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.SocialInsurance.IntegrationEventHandlers;

/// <summary>
/// Schedules the period check once a change is committed (delivered by the outbox, at least once; the check is
/// idempotent): an employment or business page saved or skipped, or the parents on page 3 changed (whose
/// resident IDs the check reads).
/// </summary>
internal sealed class ScheduleSocialInsuranceChecks(ISocialInsuranceJobs jobs)
    : INotificationHandler<EvidenceChangedIntegrationEvent>,
      INotificationHandler<GuardiansChangedIntegrationEvent>
{
    private static readonly string[] CheckedKinds = [EvidenceKind.Employment.Slug(), EvidenceKind.Business.Slug()];

    public ValueTask Handle(EvidenceChangedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (CheckedKinds.Contains(notification.Kind, StringComparer.Ordinal))
        {
            jobs.CheckApplication(notification.ApplicationId);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(GuardiansChangedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        jobs.CheckApplication(notification.ApplicationId);
        return ValueTask.CompletedTask;
    }
}
