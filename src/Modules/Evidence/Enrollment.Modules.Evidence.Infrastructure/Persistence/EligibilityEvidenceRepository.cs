using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Evidence.Infrastructure.Persistence;

internal sealed class EligibilityEvidenceRepository(EvidenceDbContext context) : IEligibilityEvidenceRepository
{
    // Every evidence page loads the record: translated once per model, not looked up in EF's query cache (ADR-0048).
    private static readonly ModelCompiledQuery<EvidenceDbContext, Guid, EligibilityEvidence?> Record = new(
        (db, applicationId, _) => db.Evidences.SingleOrDefault(e => e.Id == applicationId));

    public void Add(EligibilityEvidence evidence) => context.Evidences.Add(evidence);

    public Task<EligibilityEvidence?> GetAsync(Guid applicationId, CancellationToken cancellationToken) =>
        Record.RunAsync(context, applicationId, cancellationToken);

    public async Task<EligibilityEvidence?> GetForUpdateAsync(Guid applicationId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var evidence = await GetAsync(applicationId, cancellationToken);
        if (expectedVersion is { } expected)
        {
            // If-Match: the parent edited what another device has changed since.
            var stored = evidence?.Version ?? 0;
            if (stored != expected)
            {
                throw new ConcurrencyConflictException(new InvalidOperationException(
                    $"Evidence of application {applicationId} is at version {stored}, the request was made on version {expected}."));
            }

            // And should another request save between this read and the commit, the version column stops it.
            if (evidence is not null)
            {
                context.Entry(evidence).Property(e => e.Version).OriginalValue = expected;
            }
        }

        return evidence;
    }

    public async Task<IReadOnlyList<EligibilityEvidence>> ListAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken) =>
        await context.Evidences.Where(e => applicationIds.Contains(e.Id)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> ListIdsWithSavedPagesAsync(IReadOnlyCollection<EvidenceKind> kinds, CancellationToken cancellationToken) =>
        await context.Evidences
            .Where(e => e.Pages.Any(p => kinds.Contains(p.Kind) && p.SkippedAt == null))
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
}
