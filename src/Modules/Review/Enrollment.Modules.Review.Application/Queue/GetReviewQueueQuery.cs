using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Domain.PersonalData;
using Enrollment.Modules.Review.Domain.Scopes;
using FluentValidation;
using Mediator;
using Enrollment.BuildingBlocks.Domain.PersonalData;

namespace Enrollment.Modules.Review.Application.Queue;

/// <summary>
/// The review queue: submitted applications (not drafts, not deleted) in the caller's scope, newest
/// change first, one page at a time.
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
    }
}

internal sealed class GetReviewQueueQueryHandler(ISender sender) : IQueryHandler<GetReviewQueueQuery, ReviewQueuePage>
{
    public async ValueTask<ReviewQueuePage> Handle(GetReviewQueueQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.School is { } school && !query.Scope.Covers(school))
        {
            // Another school's applications are not revealed, not even their number.
            return new ReviewQueuePage([], 0, query.Page, query.PageSize);
        }

        var page = await sender.Send(
            new ListSubmittedApplicationsQuery(
                query.Status,
                query.School,
                query.Kind,
                string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim(),
                query.Scope.SchoolIds,
                query.Page,
                query.PageSize),
            cancellationToken);
        return new ReviewQueuePage([.. page.Items.Select(ToItem)], page.Total, page.Page, page.PageSize);
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
