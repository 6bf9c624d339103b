using Enrollment.Modules.Evidence.Domain.Evidences;

namespace Enrollment.Modules.Evidence.Application.Abstractions;

/// <summary>The saved (not skipped) pages of many applications, read without loading their aggregates.</summary>
public interface IEvidenceKindsReader
{
    /// <summary>Per application with at least one saved page, its saved kinds.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<EvidenceKind>>> SavedKindsAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken);
}
