using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Application.PreChecks;
using Enrollment.Modules.Review.Domain.Scopes;
using Enrollment.Modules.Review.Domain.Statistics;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Review.Application.Queue;

/// <summary>The queue's filters and order: the queue's page and the export take the same (issue 10 points 1 and 7).</summary>
public interface IQueueFilter
{
    /// <summary>`UnderReview`, `Returned` or `Accepted`; null: all.</summary>
    string? Status { get; }

    /// <summary>A graduation school; outside the scope nothing matches.</summary>
    Guid? School { get; }

    /// <summary>`KindergartenGraduate` or `PrimaryGraduate`; null: both.</summary>
    string? Kind { get; }

    /// <summary>The student's name (or a part of it) or the full resident ID.</summary>
    string? Q { get; }

    /// <summary>Evidence pages that must all be saved (not skipped).</summary>
    IReadOnlyList<string> Evidence { get; }

    /// <summary>The overall pre-check outcome: `Passed`, `Failed` or `NotChecked`.</summary>
    string? PreCheck { get; }

    /// <summary>First submitted on or after this day (China time).</summary>
    DateOnly? SubmittedFrom { get; }

    /// <summary>First submitted on or before this day (China time).</summary>
    DateOnly? SubmittedTo { get; }

    /// <summary>True: only applications returned and resubmitted since; false: only the others.</summary>
    bool? ChangedSinceReturn { get; }

    /// <summary>`submittedAt`, `name` or `school`; null: newest change first.</summary>
    string? Sort { get; }

    /// <summary>`asc` or `desc` (default) with <see cref="Sort"/>.</summary>
    string? Order { get; }
}

/// <summary>The rules of every queue filter, for the queue and the export alike.</summary>
internal sealed class QueueFilterValidator<T> : AbstractValidator<T>
    where T : IQueueFilter
{
    private static readonly string[] Statuses = ["UnderReview", "Returned", "Accepted"];
    private static readonly string[] Kinds = ["KindergartenGraduate", "PrimaryGraduate"];
    private static readonly string[] PreCheckOutcomes = ["Passed", "Failed", "NotChecked"];
    private static readonly string[] Sorts = ["submittedAt", "name", "school"];
    private static readonly string[] Orders = ["asc", "desc"];

    public QueueFilterValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || Statuses.Contains(s, StringComparer.Ordinal))
            .WithMessage("status 应为 UnderReview、Returned 或 Accepted");
        RuleFor(q => q.Kind).Must(k => k is null || Kinds.Contains(k, StringComparer.Ordinal))
            .WithMessage("kind 应为 KindergartenGraduate 或 PrimaryGraduate");
        RuleFor(q => q.Q).MaximumLength(50).WithMessage("查询内容不能超过50个字符");
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

/// <summary>
/// The applications a queue filter matches, in the queue's order: Registration filters and orders in its database; the
/// filters on other modules' data and Review's own (evidence pages, pre-checks, returns) are applied a batch at a time.
/// </summary>
internal static class QueueMatching
{
    public const int Batch = 200;

    /// <summary>A filter the Registration module cannot apply in its database.</summary>
    public static bool HasReviewFilters(IQueueFilter filter) =>
        filter.Evidence.Count > 0 || filter.PreCheck is not null || filter.ChangedSinceReturn is not null;

    public static string? Search(IQueueFilter filter) => string.IsNullOrWhiteSpace(filter.Q) ? null : filter.Q.Trim();

    public static DateTimeOffset? From(IQueueFilter filter) =>
        filter.SubmittedFrom is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime() : null;

    public static DateTimeOffset? Before(IQueueFilter filter) =>
        filter.SubmittedTo is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime() : null;

    /// <summary>Registration's part of the filter, streamed in the queue's order.</summary>
    public static StreamSubmittedApplicationsQuery Stream(IQueueFilter filter, ReviewScope scope) =>
        new(filter.Status, filter.School, filter.Kind, Search(filter), scope.SchoolIds)
        {
            SubmittedFrom = From(filter),
            SubmittedBefore = Before(filter),
            Sort = filter.Sort,
            Ascending = filter.Order == "asc",
        };

    /// <summary>Every matching line in order. With Review's filters the candidates are read first (the checks query the same module's database).</summary>
    public static async IAsyncEnumerable<SubmittedApplicationSummary> LinesAsync(
        ISender sender,
        IReturnDecisionRepository returns,
        ReviewScope scope,
        IQueueFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!HasReviewFilters(filter))
        {
            await foreach (var line in sender.CreateStream(Stream(filter, scope), cancellationToken))
            {
                yield return line;
            }

            yield break;
        }

        var candidates = new List<SubmittedApplicationSummary>();
        await foreach (var line in sender.CreateStream(Stream(filter, scope), cancellationToken))
        {
            candidates.Add(line);
        }

        foreach (var batch in candidates.Chunk(Batch))
        {
            foreach (var line in await KeptAsync(sender, returns, scope, filter, batch, cancellationToken))
            {
                yield return line;
            }
        }
    }

    /// <summary>The lines of <paramref name="batch"/> that pass Review's filters, in order.</summary>
    public static async Task<List<SubmittedApplicationSummary>> KeptAsync(
        ISender sender,
        IReturnDecisionRepository returns,
        ReviewScope scope,
        IQueueFilter filter,
        IReadOnlyList<SubmittedApplicationSummary> batch,
        CancellationToken cancellationToken)
    {
        var ids = batch.Select(b => b.Id).ToList();
        var saved = filter.Evidence.Count > 0 ? await sender.Send(new GetSavedEvidenceKindsQuery(ids), cancellationToken) : null;
        var returned = filter.ChangedSinceReturn is not null ? await returns.ReturnedAmongAsync(ids, cancellationToken) : null;
        var kept = new List<SubmittedApplicationSummary>();
        foreach (var line in batch)
        {
            if (saved is not null && !filter.Evidence.All(kind => saved.TryGetValue(line.Id, out var kinds) && kinds.Contains(kind, StringComparer.Ordinal)))
            {
                continue;
            }

            if (returned is not null && filter.ChangedSinceReturn != (returned.Contains(line.Id) && line.Status != "Returned"))
            {
                continue;
            }

            if (filter.PreCheck is { } wanted
                && (await PreCheckOutcomes.OfAsync(sender, line.Id, scope.SchoolIds, cancellationToken)).ToString() != wanted)
            {
                continue;
            }

            kept.Add(line);
        }

        return kept;
    }
}
