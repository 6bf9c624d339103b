using System.Globalization;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Evidences.ForReview;

/// <summary>Which pages are saved, for many applications at once (statistics, queue filters).</summary>
internal sealed class GetSavedEvidenceKindsQueryHandler(IEvidenceKindsReader reader)
    : IQueryHandler<GetSavedEvidenceKindsQuery, IReadOnlyDictionary<Guid, IReadOnlyList<string>>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> Handle(GetSavedEvidenceKindsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var saved = await reader.SavedKindsAsync(query.ApplicationIds, cancellationToken);
        return saved.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<string>)[.. pair.Value.Order().Select(kind => kind.Slug())]);
    }
}
