using System.Globalization;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Evidences.ForReview;

/// <summary>The reviewer's read of pages 5–11: the scope is Registration's answer (a submitted application of a school in scope).</summary>
internal sealed class GetEvidencePagesForReviewQueryHandler(ISender sender, IEligibilityEvidenceRepository evidences)
    : IQueryHandler<GetEvidencePagesForReviewQuery, IReadOnlyList<EvidencePageForReview>>
{
    public async ValueTask<IReadOnlyList<EvidencePageForReview>> Handle(GetEvidencePagesForReviewQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await sender.Send(new GetSubmittedApplicationQuery(query.ApplicationId, query.AllowedSchoolIds), cancellationToken);
        var evidence = await evidences.GetAsync(query.ApplicationId, cancellationToken);
        return [.. EvidenceKinds.All.Select(kind => ToReview(kind, evidence?.PageOf(kind)))];
    }

    private static EvidencePageForReview ToReview(EvidenceKind kind, EvidencePage? page)
    {
        var dto = EvidenceMapping.ToDto(kind, page);
        var details = page?.Details;
        return new EvidencePageForReview(
            dto.Kind,
            dto.Page,
            dto.Title,
            dto.State,
            dto.Fields?.ToDictionary(f => f.Key, f => Text(f.Value), StringComparer.Ordinal),
            details?.NamedParent?.ToString(),
            (details as ResidencePermitEvidence)?.ValidUntil,
            dto.SkippedAt,
            dto.UpdatedAt);
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
