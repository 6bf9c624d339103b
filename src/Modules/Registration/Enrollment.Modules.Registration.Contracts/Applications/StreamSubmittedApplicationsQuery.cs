using Mediator;

namespace Enrollment.Modules.Registration.Contracts.Applications;

/// <summary>
/// Every submitted application matching the filters (as <see cref="ListSubmittedApplicationsQuery"/>, without
/// paging), newest change first, read from the database row by row as the caller consumes them: an export
/// of 100,000 lines never holds them all in memory.
/// </summary>
public sealed record StreamSubmittedApplicationsQuery(
    string? Status,
    Guid? SchoolId,
    string? GraduationType,
    string? Search,
    IReadOnlyCollection<Guid>? AllowedSchoolIds) : IStreamQuery<SubmittedApplicationSummary>
{
    /// <summary>As <see cref="ListSubmittedApplicationsQuery.SubmittedFrom"/>.</summary>
    public DateTimeOffset? SubmittedFrom { get; init; }

    /// <summary>As <see cref="ListSubmittedApplicationsQuery.SubmittedBefore"/>.</summary>
    public DateTimeOffset? SubmittedBefore { get; init; }

    /// <summary>As <see cref="ListSubmittedApplicationsQuery.Sort"/>.</summary>
    public string? Sort { get; init; }

    /// <summary>As <see cref="ListSubmittedApplicationsQuery.Ascending"/>.</summary>
    public bool Ascending { get; init; }
}
