using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Evidences.GetEvidence;

/// <summary>Every page's state: saved fields, skipped, or not yet answered.</summary>
public sealed record GetEvidenceQuery(Guid ParentAccountId, Guid ApplicationId) : IQuery<EvidenceOverviewDto>;

internal sealed class GetEvidenceQueryHandler(ISender sender, IEligibilityEvidenceRepository evidences)
    : IQueryHandler<GetEvidenceQuery, EvidenceOverviewDto>
{
    public async ValueTask<EvidenceOverviewDto> Handle(GetEvidenceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        // Ownership first: another parent's application answers 404 like a missing one.
        await sender.Send(new GetApplicationForEvidenceQuery(query.ApplicationId, query.ParentAccountId), cancellationToken);
        var evidence = await evidences.GetAsync(query.ApplicationId, cancellationToken);
        return evidence.ToDto(query.ApplicationId);
    }
}
