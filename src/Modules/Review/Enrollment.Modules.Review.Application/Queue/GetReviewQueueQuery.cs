using Enrollment.BuildingBlocks.Domain.PersonalData;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Domain.Scopes;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Review.Application.Queue;

/// <summary>
/// The review queue: submitted applications (not drafts, not deleted) in the caller's scope, newest
/// change first (or as <see cref="Sort"/> says), one page at a time.
/// </summary>
/// <param name="Status">`UnderReview`, `Returned` or `Accepted`; null: all.</param>
/// <param name="School">A graduation school; outside the scope the page is empty.</param>
/// <param name="Kind">Graduation type: `KindergartenGraduate` or `PrimaryGraduate`; null: both.</param>
/// <param name="Q">The student's name (or a part of it) or the full resident ID.</param>
public sealed record GetReviewQueueQuery(
    ReviewScope Scope,
    string? Status = null,
    Guid? School = null,
    string? Kind = null,
    string? Q = null,
    int Page = 1,
    int PageSize = GetReviewQueueQuery.DefaultPageSize) : IQuery<ReviewQueuePage>, IQueueFilter
{
    public const int DefaultPageSize = 20;

    /// <summary>Evidence pages that must all be saved (not skipped): `property`, `residence-permit`, ….</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>The overall pre-check outcome: `Passed`, `Failed` or `NotChecked`.</summary>
    public string? PreCheck { get; init; }

    /// <summary>First submitted on or after this day (China time).</summary>
    public DateOnly? SubmittedFrom { get; init; }

    /// <summary>First submitted on or before this day (China time).</summary>
    public DateOnly? SubmittedTo { get; init; }

    /// <summary>True: only applications returned (有误) and resubmitted since; false: only the others.</summary>
    public bool? ChangedSinceReturn { get; init; }

    /// <summary>`submittedAt`, `name` or `school`; null: newest change first.</summary>
    public string? Sort { get; init; }

    /// <summary>`asc` or `desc` (default) with <see cref="Sort"/>.</summary>
    public string? Order { get; init; }

    /// <summary>
    /// `limited` (default): <see cref="ReviewQueuePage.Total"/> is exact while fewer than <see cref="ReviewQueueOptions.ExactCountUpTo"/>
    /// applications match (deeper in the queue: fewer than the page's end and one more), otherwise the least there are;
    /// `exact`: every match counted (ADR-0046).
    /// </summary>
    public string? Count { get; init; }
}

/// <param name="Total">Applications matching over all pages; with <paramref name="TotalExact"/> false, the least there are.</param>
/// <param name="TotalExact">False when the count stopped at its limit (`count=limited`): at least <paramref name="Total"/> match.</param>
public sealed record ReviewQueuePage(IReadOnlyList<ReviewQueueItem> Items, int Total, int Page, int PageSize, bool TotalExact);

/// <summary>Bound from <c>Review:Queue</c> (ADR-0046).</summary>
public sealed class ReviewQueueOptions
{
    public const string SectionName = "Review:Queue";

    /// <summary>
    /// How many matching applications a queue page counts at most (besides those before it) when the page does not tell
    /// the total; more are answered as "at least" (<see cref="ReviewQueuePage.TotalExact"/> false).
    /// </summary>
    public int ExactCountUpTo { get; set; } = 10_000;
}

/// <summary>One line of the queue; the resident ID and the parents' phones are masked.</summary>
public sealed record ReviewQueueItem(
    Guid Id,
    string StudentName,
    string StudentResidentId,
    string GraduationType,
    string GraduationTypeText,
    Guid SchoolId,
    string? SchoolName,
    Guid ClassId,
    string? ClassName,
    string Status,
    string StatusText,
    string? FatherMobile,
    string? MotherMobile,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt);

internal sealed class GetReviewQueueQueryValidator : AbstractValidator<GetReviewQueueQuery>
{
    private const int MaxSkipped = 10_000_000;

    public GetReviewQueueQueryValidator()
    {
        Include(new QueueFilterValidator<GetReviewQueueQuery>());
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("page 从1开始");
        // The lines skipped must stay a number the database and the count's limit can hold.
        RuleFor(q => q.Page).Must((q, page) => (long)(page - 1) * Math.Max(q.PageSize, 1) <= MaxSkipped)
            .WithMessage($"page 过大：最多跳过{MaxSkipped}条");
        RuleFor(q => q.PageSize).InclusiveBetween(1, ListSubmittedApplicationsQuery.MaxPageSize)
            .WithMessage($"pageSize 应在1至{ListSubmittedApplicationsQuery.MaxPageSize}之间");
        RuleFor(q => q.Count).Must(c => c is null or "exact" or "limited").WithMessage("count 应为 exact 或 limited");
    }
}

internal sealed class GetReviewQueueQueryHandler(ISender sender, IReturnDecisionRepository returns, ReviewQueueOptions options) : IQueryHandler<GetReviewQueueQuery, ReviewQueuePage>
{
    public async ValueTask<ReviewQueuePage> Handle(GetReviewQueueQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        // A school= outside the scope matches nothing (Registration filters by the scope, widened to the same schools
        // of every season): another school's applications are not revealed, not even their number.
        if (!QueueMatching.HasReviewFilters(query))
        {
            var page = await sender.Send(
                new ListSubmittedApplicationsQuery(query.Status, query.School, query.Kind, QueueMatching.Search(query), query.Scope.SchoolIds, query.Page, query.PageSize)
                {
                    SubmittedFrom = QueueMatching.From(query),
                    SubmittedBefore = QueueMatching.Before(query),
                    Sort = query.Sort,
                    Ascending = query.Order == "asc",
                    CountLimit = query.Count == "exact" ? null : options.ExactCountUpTo,
                },
                cancellationToken);
            return new ReviewQueuePage([.. page.Items.Select(ToItem)], page.Total, page.Page, page.PageSize, page.TotalExact);
        }

        // Only the asked-for page is kept of every matching line; the total counts them all (these filters read every
        // candidate anyway, so the count costs nothing more and is always exact).
        var skip = (query.Page - 1) * query.PageSize;
        var items = new List<ReviewQueueItem>();
        var total = 0;
        await foreach (var line in QueueMatching.LinesAsync(sender, returns, query.Scope, query, cancellationToken))
        {
            if (total >= skip && items.Count < query.PageSize)
            {
                items.Add(ToItem(line));
            }

            total++;
        }

        return new ReviewQueuePage(items, total, query.Page, query.PageSize, TotalExact: true);
    }

    private static ReviewQueueItem ToItem(SubmittedApplicationSummary a) => new(
        a.Id,
        a.StudentName,
        PersonalDataMask.ResidentId(a.StudentResidentId)!,
        a.GraduationType,
        a.GraduationTypeText,
        a.SchoolId,
        a.SchoolName,
        a.ClassId,
        a.ClassName,
        a.Status,
        a.StatusText,
        PersonalDataMask.Mobile(a.FatherMobile),
        PersonalDataMask.Mobile(a.MotherMobile),
        a.SubmittedAt,
        a.UpdatedAt);
}
