using Enrollment.BuildingBlocks.Domain.PersonalData;
using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Application.PreChecks;
using Enrollment.Modules.Review.Domain.Scopes;
using Enrollment.Modules.Review.Domain.Statistics;
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
    int PageSize = GetReviewQueueQuery.DefaultPageSize) : IQuery<ReviewQueuePage>
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

    /// <summary>A filter the Registration module cannot apply in its database (evidence, pre-checks, returns).</summary>
    internal bool HasReviewFilters => Evidence.Count > 0 || PreCheck is not null || ChangedSinceReturn is not null;
}

/// <param name="Total">Applications matching over all pages.</param>
public sealed record ReviewQueuePage(IReadOnlyList<ReviewQueueItem> Items, int Total, int Page, int PageSize);

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
    private static readonly string[] Statuses = ["UnderReview", "Returned", "Accepted"];
    private static readonly string[] Kinds = ["KindergartenGraduate", "PrimaryGraduate"];
    private static readonly string[] PreCheckOutcomes = ["Passed", "Failed", "NotChecked"];
    private static readonly string[] Sorts = ["submittedAt", "name", "school"];
    private static readonly string[] Orders = ["asc", "desc"];

    public GetReviewQueueQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || Statuses.Contains(s, StringComparer.Ordinal))
            .WithMessage("status 应为 UnderReview、Returned 或 Accepted");
        RuleFor(q => q.Kind).Must(k => k is null || Kinds.Contains(k, StringComparer.Ordinal))
            .WithMessage("kind 应为 KindergartenGraduate 或 PrimaryGraduate");
        RuleFor(q => q.Q).MaximumLength(50).WithMessage("查询内容不能超过50个字符");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("page 从1开始");
        RuleFor(q => q.PageSize).InclusiveBetween(1, ListSubmittedApplicationsQuery.MaxPageSize)
            .WithMessage($"pageSize 应在1至{ListSubmittedApplicationsQuery.MaxPageSize}之间");
        RuleFor(q => q.Evidence).Must(e => e.All(k => StatisticsTally.EvidenceKinds.Contains(k, StringComparer.Ordinal)))
            .WithMessage("evidence 应为 property、residence-permit、employment、business、preferential-care、relocation 或 long-term-residence");
        RuleFor(q => q.PreCheck).Must(p => p is null || PreCheckOutcomes.Contains(p, StringComparer.Ordinal))
            .WithMessage("preCheck 应为 Passed、Failed 或 NotChecked");
        RuleFor(q => q.SubmittedTo).Must((q, to) => to is null || q.SubmittedFrom is null || to >= q.SubmittedFrom)
            .WithMessage("提交日期的结束日不能早于开始日");
        RuleFor(q => q.Sort).Must(s => s is null || Sorts.Contains(s, StringComparer.Ordinal))
            .WithMessage("sort 应为 submittedAt、name 或 school");
        RuleFor(q => q.Order).Must(o => o is null || Orders.Contains(o, StringComparer.Ordinal))
            .WithMessage("order 应为 asc 或 desc");
    }
}

internal sealed class GetReviewQueueQueryHandler(ISender sender, IReturnDecisionRepository returns) : IQueryHandler<GetReviewQueueQuery, ReviewQueuePage>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private const int Batch = 200;

    public async ValueTask<ReviewQueuePage> Handle(GetReviewQueueQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        // A school= outside the scope matches nothing (Registration filters by the scope, widened to the same schools
        // of every season): another school's applications are not revealed, not even their number.
        var search = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();
        var from = query.SubmittedFrom is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), China).ToUniversalTime() : (DateTimeOffset?)null;
        var before = query.SubmittedTo is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), China).ToUniversalTime() : (DateTimeOffset?)null;
        var ascending = query.Order == "asc";
        if (!query.HasReviewFilters)
        {
            var page = await sender.Send(
                new ListSubmittedApplicationsQuery(query.Status, query.School, query.Kind, search, query.Scope.SchoolIds, query.Page, query.PageSize)
                {
                    SubmittedFrom = from,
                    SubmittedBefore = before,
                    Sort = query.Sort,
                    Ascending = ascending,
                },
                cancellationToken);
            return new ReviewQueuePage([.. page.Items.Select(ToItem)], page.Total, page.Page, page.PageSize);
        }

        // Filters on other modules' data and Review's own: the candidates are read in the queue's order (only the
        // line's columns; the stream is read to the end first, as the checks below query the same module's database),
        // then filtered a batch at a time, and only the asked-for page is kept.
        var candidates = new List<SubmittedApplicationSummary>();
        await foreach (var line in sender.CreateStream(
            new StreamSubmittedApplicationsQuery(query.Status, query.School, query.Kind, search, query.Scope.SchoolIds)
            {
                SubmittedFrom = from,
                SubmittedBefore = before,
                Sort = query.Sort,
                Ascending = ascending,
            },
            cancellationToken))
        {
            candidates.Add(line);
        }

        var skip = (query.Page - 1) * query.PageSize;
        var items = new List<ReviewQueueItem>();
        var total = 0;
        foreach (var batch in candidates.Chunk(Batch))
        {
            total = await TakeAsync(query, batch, skip, items, total, cancellationToken);
        }

        return new ReviewQueuePage(items, total, query.Page, query.PageSize);
    }

    private async Task<int> TakeAsync(GetReviewQueueQuery query, SubmittedApplicationSummary[] batch, int skip, List<ReviewQueueItem> items, int total, CancellationToken cancellationToken)
    {
        var ids = batch.Select(b => b.Id).ToList();
        var saved = query.Evidence.Count > 0 ? await sender.Send(new GetSavedEvidenceKindsQuery(ids), cancellationToken) : null;
        var returned = query.ChangedSinceReturn is not null ? await returns.ReturnedAmongAsync(ids, cancellationToken) : null;
        foreach (var line in batch)
        {
            if (saved is not null && !query.Evidence.All(kind => saved.TryGetValue(line.Id, out var kinds) && kinds.Contains(kind, StringComparer.Ordinal)))
            {
                continue;
            }

            if (returned is not null && query.ChangedSinceReturn != (returned.Contains(line.Id) && line.Status != "Returned"))
            {
                continue;
            }

            if (query.PreCheck is { } wanted
                && (await PreCheckOutcomes.OfAsync(sender, line.Id, query.Scope.SchoolIds, cancellationToken)).ToString() != wanted)
            {
                continue;
            }

            if (total >= skip && items.Count < query.PageSize)
            {
                items.Add(ToItem(line));
            }

            total++;
        }

        return total;
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
