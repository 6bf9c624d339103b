using Mediator;

namespace Enrollment.Modules.Registration.Contracts.Applications;

// What the Review module's integrator webhooks (ADR-0035) say about an application: ids and status, no personal data.

/// <summary>
/// The ids an integrator's webhook names, for an application whether or not it is deleted (a deletion is itself an
/// event). Not found (a NotFoundException) only when no application has this id.
/// </summary>
public sealed record GetApplicationForWebhookQuery(Guid ApplicationId) : IQuery<ApplicationForWebhook>;

/// <param name="Status">`Draft`, `UnderReview`, `Returned` or `Accepted` (the status it had when deleted, for a deleted one).</param>
/// <param name="SchoolId">The graduation school; null while page 2 is not saved.</param>
/// <param name="WasSubmitted">It entered review at least once: integrators may have seen it.</param>
public sealed record ApplicationForWebhook(
    Guid ApplicationId,
    Guid SeasonId,
    int SeasonYear,
    Guid? SchoolId,
    string GraduationType,
    string Status,
    bool WasSubmitted,
    bool IsDeleted);
