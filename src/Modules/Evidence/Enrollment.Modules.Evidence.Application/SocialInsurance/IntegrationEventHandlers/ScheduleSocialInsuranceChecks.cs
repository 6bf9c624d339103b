using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Application.SocialInsurance.CheckPeriod;
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
/// <remarks>
/// A skip, or a change of the parents, schedules a check only when the application has something a check could
/// write: a saved employment or business page (an outcome to compute) or a stored outcome (one to drop). Otherwise
/// the check would read three tables and write nothing, so no job is made (ADR-0043; on the opening morning most
/// parents skip both pages, and page 3 comes before them). Read after the change committed, this decides as the
/// check itself would: a page saved later sets off a check of its own, which reads the parents as they are then.
/// </remarks>
internal sealed class ScheduleSocialInsuranceChecks(ISocialInsuranceJobs jobs, ISocialInsuranceOutcomeRepository outcomes)
    : INotificationHandler<EvidenceChangedIntegrationEvent>,
      INotificationHandler<GuardiansChangedIntegrationEvent>
{
    private static readonly string[] CheckedKinds = [EvidenceKind.Employment.Slug(), EvidenceKind.Business.Slug()];

    public async ValueTask Handle(EvidenceChangedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (!CheckedKinds.Contains(notification.Kind, StringComparer.Ordinal))
        {
            return;
        }

        // A saved page always has an outcome to compute; a skip only matters when it leaves one to drop.
        if (!notification.Skipped || await AnythingToCheckAsync(notification.ApplicationId, cancellationToken))
        {
            jobs.CheckApplication(notification.ApplicationId);
        }
    }

    public async ValueTask Handle(GuardiansChangedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (await AnythingToCheckAsync(notification.ApplicationId, cancellationToken))
        {
            jobs.CheckApplication(notification.ApplicationId);
        }
    }

    private Task<bool> AnythingToCheckAsync(Guid applicationId, CancellationToken cancellationToken) =>
        outcomes.AnythingToCheckAsync(applicationId, CheckSocialInsurancePeriodCommand.CheckedKinds, cancellationToken);
}
