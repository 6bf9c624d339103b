using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.SocialInsurance;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Evidence.Infrastructure.Persistence;

internal sealed class SocialInsuranceImportRepository(EvidenceDbContext context) : ISocialInsuranceImportRepository
{
    public void Add(SocialInsuranceImport import) => context.SocialInsuranceImports.Add(import);

    public Task<SocialInsuranceImport?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.SocialInsuranceImports.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    public Task<SocialInsuranceImport?> GetByContentHashAsync(string contentHash, CancellationToken cancellationToken) =>
        context.SocialInsuranceImports.SingleOrDefaultAsync(i => i.ContentHash == contentHash, cancellationToken);

    public async Task<IReadOnlyList<SocialInsuranceImport>> ListLatestAsync(int take, CancellationToken cancellationToken) =>
        await context.SocialInsuranceImports.AsNoTracking().OrderByDescending(i => i.QueuedAt).Take(take).ToListAsync(cancellationToken);
}

internal sealed class SocialInsuranceOutcomeRepository(EvidenceDbContext context) : ISocialInsuranceOutcomeRepository
{
    public void Add(SocialInsuranceOutcome outcome) => context.SocialInsuranceOutcomes.Add(outcome);

    public void Remove(SocialInsuranceOutcome outcome) => context.SocialInsuranceOutcomes.Remove(outcome);

    public async Task<IReadOnlyList<SocialInsuranceOutcome>> ListAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken) =>
        await context.SocialInsuranceOutcomes.Where(o => applicationIds.Contains(o.ApplicationId)).ToListAsync(cancellationToken);

    // SELECT EXISTS (saved page UNION ALL stored outcome): one round trip.
    public Task<bool> AnythingToCheckAsync(Guid applicationId, IReadOnlyCollection<EvidenceKind> kinds, CancellationToken cancellationToken) =>
        context.Evidences
            .Where(e => e.Id == applicationId && e.Pages.Any(p => kinds.Contains(p.Kind) && p.SkippedAt == null))
            .Select(e => e.Id)
            .Concat(context.SocialInsuranceOutcomes.Where(o => o.ApplicationId == applicationId).Select(o => o.ApplicationId))
            .AnyAsync(cancellationToken);
}
