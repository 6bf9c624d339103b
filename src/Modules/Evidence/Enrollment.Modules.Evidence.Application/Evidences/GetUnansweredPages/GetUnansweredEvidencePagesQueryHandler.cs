using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Evidences.GetUnansweredPages;

/// <summary>The submission gate's question: the pages 5–11 with neither saved evidence nor a skip.</summary>
internal sealed class GetUnansweredEvidencePagesQueryHandler(IEligibilityEvidenceRepository evidences)
    : IQueryHandler<GetUnansweredEvidencePagesQuery, UnansweredEvidencePages>
{
    public async ValueTask<UnansweredEvidencePages> Handle(GetUnansweredEvidencePagesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var evidence = await evidences.GetAsync(query.ApplicationId, cancellationToken);
        var unanswered = EligibilityEvidence.UnansweredKinds(evidence);
        return new UnansweredEvidencePages([.. unanswered.Select(kind => new UnansweredEvidencePage(kind.Slug(), (int)kind, kind.PageName()))]);
    }
}
