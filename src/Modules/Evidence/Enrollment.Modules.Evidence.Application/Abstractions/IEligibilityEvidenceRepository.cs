using Enrollment.Modules.Evidence.Domain.Evidences;

namespace Enrollment.Modules.Evidence.Application.Abstractions;

public interface IEligibilityEvidenceRepository
{
    void Add(EligibilityEvidence evidence);

    Task<EligibilityEvidence?> GetAsync(Guid applicationId, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="GetAsync"/>, for a write that names the version it was made on (If-Match): a different
    /// stored version (0 while nothing is stored) stops it as a concurrency conflict (412).
    /// </summary>
    Task<EligibilityEvidence?> GetForUpdateAsync(Guid applicationId, int? expectedVersion, CancellationToken cancellationToken);

    /// <summary>The evidence of these applications (those that have any).</summary>
    Task<IReadOnlyList<EligibilityEvidence>> ListAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken);

    /// <summary>
    /// Ids of every application with saved evidence (not a skip) on one of <paramref name="kinds"/>, for background
    /// work over all of them (ids only: 100,000 of them are a few megabytes).
    /// </summary>
    Task<IReadOnlyList<Guid>> ListIdsWithSavedPagesAsync(IReadOnlyCollection<EvidenceKind> kinds, CancellationToken cancellationToken);
}
