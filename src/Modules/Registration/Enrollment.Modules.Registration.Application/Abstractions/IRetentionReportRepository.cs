using Enrollment.Modules.Registration.Domain.Retention;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Application.Abstractions;

/// <summary>The retention dry runs (ADR-0041) and the applications each lists.</summary>
public interface IRetentionReportRepository
{
    void Add(RetentionReport report, IReadOnlyList<RetentionReportItem> items);

    Task<RetentionReport?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every report, newest first.</summary>
    Task<IReadOnlyList<RetentionReport>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The applications of these seasons that still hold personal data (deleted ones too: they keep it for the audit)
    /// and that no planned report lists yet.
    /// </summary>
    Task<IReadOnlyList<(Guid ApplicationId, Guid SeasonId, string Status)>> ListDueApplicationsAsync(
        IReadOnlyCollection<SeasonId> seasons, CancellationToken cancellationToken);

    /// <summary>A report's applications in id order after <paramref name="after"/> (keyset paging for the job's batches).</summary>
    Task<IReadOnlyList<Guid>> ListItemIdsAsync(Guid reportId, Guid? after, int take, CancellationToken cancellationToken);

    /// <summary>One page of a report's applications, by id, each with whether it is anonymized now.</summary>
    Task<(IReadOnlyList<(RetentionReportItem Item, bool Anonymized)> Items, int Total)> ListItemsAsync(
        Guid reportId, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>The report's applications counted by season and by status when listed.</summary>
    Task<IReadOnlyList<(Guid SeasonId, string Status, int Count)>> SummarizeAsync(Guid reportId, CancellationToken cancellationToken);

    /// <summary>How many of the report's applications are anonymized now.</summary>
    Task<int> CountAnonymizedAsync(Guid reportId, CancellationToken cancellationToken);
}
