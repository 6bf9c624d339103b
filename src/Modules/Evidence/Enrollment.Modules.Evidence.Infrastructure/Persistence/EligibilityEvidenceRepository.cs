using Enrollment.Modules.Evidence.Application.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Evidence.Infrastructure.Persistence;

internal sealed class EligibilityEvidenceRepository(EvidenceDbContext context) : IEligibilityEvidenceRepository
{
    public void Add(EligibilityEvidence evidence) => context.Evidences.Add(evidence);

    public Task<EligibilityEvidence?> GetAsync(Guid applicationId, CancellationToken cancellationToken) =>
        context.Evidences.SingleOrDefaultAsync(e => e.Id == applicationId, cancellationToken);
}
