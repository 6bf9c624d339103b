using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Domain.Scopes;
using Enrollment.Modules.Review.Domain.Statistics;
using Mediator;

namespace Enrollment.Modules.Review.Application.Statistics.GetStatistics;

/// <summary>
/// The dashboard's counts over the submitted applications in the caller's scope (a SchoolReviewer: their
/// schools only), the same applications the queue lists without a filter.
/// </summary>
public sealed record GetReviewStatisticsQuery(ReviewScope Scope) : IQuery<ReviewStatisticsDto>;

/// <param name="Total">Submitted applications in scope (审核中 + 有误 + 已提交).</param>
/// <param name="ByStatus">`UnderReview`, `Returned`, `Accepted`, always all three.</param>
/// <param name="BySchool">Graduation schools with at least one application, most first; the key is the school id.</param>
/// <param name="ByGraduationType">`KindergartenGraduate`, `PrimaryGraduate`, always both.</param>
/// <param name="ByDay">Days of first submission (yyyy-MM-dd, China time) with at least one, oldest first.</param>
/// <param name="ByEvidenceKind">Applications with the evidence page saved (not skipped), all seven pages in page order.</param>
public sealed record ReviewStatisticsDto(
    int Total,
    IReadOnlyList<CountItem> ByStatus,
    IReadOnlyList<CountItem> BySchool,
    IReadOnlyList<CountItem> ByGraduationType,
    IReadOnlyList<CountItem> ByDay,
    IReadOnlyList<CountItem> ByEvidenceKind);

internal sealed class GetReviewStatisticsQueryHandler(ISender sender) : IQueryHandler<GetReviewStatisticsQuery, ReviewStatisticsDto>
{
    public async ValueTask<ReviewStatisticsDto> Handle(GetReviewStatisticsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tally = new StatisticsTally();
        var ids = new List<Guid>();

        // The queue's lines streamed (scope applied in the database); only the id is kept of each.
        await foreach (var line in sender.CreateStream(new StreamSubmittedApplicationsQuery(null, null, null, null, query.Scope.SchoolIds), cancellationToken))
        {
            tally.AddApplication(line.Status, line.GraduationType, line.SchoolId, line.SchoolName, line.SubmittedAt);
            ids.Add(line.Id);
        }

        // Applications anonymized after their season's retention period (ADR-0041) still count.
        await foreach (var line in sender.CreateStream(new StreamAnonymizedApplicationsQuery(query.Scope.SchoolIds), cancellationToken))
        {
            tally.AddApplication(line.Status, line.GraduationType, line.SchoolId, line.SchoolName, line.SubmittedAt);
            ids.Add(line.Id);
        }

        if (ids.Count > 0)
        {
            var saved = await sender.Send(new GetSavedEvidenceKindsQuery(ids), cancellationToken);
            foreach (var kind in saved.Values.SelectMany(kinds => kinds))
            {
                tally.AddEvidence(kind);
            }
        }

        return new ReviewStatisticsDto(tally.Total, tally.ByStatus(), tally.BySchool(), tally.ByGraduationType(), tally.ByDay(), tally.ByEvidenceKind());
    }
}
