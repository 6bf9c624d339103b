using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Evidence.Infrastructure.Persistence;

/// <summary>Reads only (application id, kind) of the saved page rows, a chunk of ids per query.</summary>
internal sealed class EvidenceKindsReader(EvidenceDbContext context) : IEvidenceKindsReader
{
    private const int ChunkSize = 1000;

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<EvidenceKind>>> SavedKindsAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(applicationIds);
        var result = new Dictionary<Guid, List<EvidenceKind>>();
        foreach (var chunk in applicationIds.Distinct().Chunk(ChunkSize))
        {
            var rows = await context.Evidences.AsNoTracking()
                .Where(e => chunk.Contains(e.Id))
                // A collection projection (a join), not SelectMany over the owned pages: SQLite has no APPLY.
                .Select(e => new { e.Id, Kinds = e.Pages.Where(p => p.SkippedAt == null).Select(p => p.Kind).ToList() })
                .ToListAsync(cancellationToken);
            foreach (var row in rows.Where(r => r.Kinds.Count > 0))
            {
                result[row.Id] = row.Kinds;
            }
        }

        return result.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<EvidenceKind>)pair.Value);
    }
}
