using Mediator;

namespace Enrollment.Modules.Registration.Contracts.Applications;

/// <summary>
/// The submitted applications whose personal data the retention job removed (ADR-0041), with what the statistics count
/// of them; <see cref="StreamSubmittedApplicationsQuery"/> no longer lists them. Scope as there (same schools in every season).
/// </summary>
public sealed record StreamAnonymizedApplicationsQuery(IReadOnlyCollection<Guid>? AllowedSchoolIds) : IStreamQuery<AnonymizedApplicationSummary>;

/// <param name="SchoolId">The graduation school kept; <see cref="Guid.Empty"/> when none had been chosen.</param>
public sealed record AnonymizedApplicationSummary(Guid Id, string Status, string GraduationType, Guid SchoolId, string? SchoolName, DateTimeOffset SubmittedAt);
