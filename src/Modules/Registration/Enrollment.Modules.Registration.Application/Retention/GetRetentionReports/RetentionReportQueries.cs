using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Retention.GetRetentionReports;

/// <summary>Every retention report, newest first, without the per-season breakdown.</summary>
public sealed record ListRetentionReportsQuery : IQuery<IReadOnlyList<RetentionReportDto>>;

/// <summary>One report with its applications counted by season and status.</summary>
public sealed record GetRetentionReportQuery(Guid ReportId) : IQuery<RetentionReportDto>;

/// <summary>One page of the applications a report lists (what the execution anonymizes).</summary>
public sealed record ListRetentionReportItemsQuery(Guid ReportId, int Page = 1, int PageSize = 100) : IQuery<RetentionReportItemsPage>;

/// <summary>The reports due for execution now (the daily job).</summary>
public sealed record ListRetentionReportsDueQuery : IQuery<IReadOnlyList<Guid>>;

/// <summary>A report's application ids after <paramref name="After"/>, in id order (the job's batches).</summary>
public sealed record ListRetentionReportBatchQuery(Guid ReportId, Guid? After, int Take) : IQuery<IReadOnlyList<Guid>>;

internal sealed class ListRetentionReportItemsQueryValidator : AbstractValidator<ListRetentionReportItemsQuery>
{
    public ListRetentionReportItemsQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("页码从 1 开始");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 1000).WithMessage("每页 1 到 1000 条");
    }
}

internal sealed class RetentionReportQueryHandler(IRetentionReportRepository reports, ISeasonRepository seasons, TimeProvider clock) :
    IQueryHandler<ListRetentionReportsQuery, IReadOnlyList<RetentionReportDto>>,
    IQueryHandler<GetRetentionReportQuery, RetentionReportDto>,
    IQueryHandler<ListRetentionReportItemsQuery, RetentionReportItemsPage>,
    IQueryHandler<ListRetentionReportsDueQuery, IReadOnlyList<Guid>>,
    IQueryHandler<ListRetentionReportBatchQuery, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<RetentionReportDto>> Handle(ListRetentionReportsQuery query, CancellationToken cancellationToken) =>
        [.. (await reports.ListAsync(cancellationToken)).Select(r => r.ToDto())];

    public async ValueTask<RetentionReportDto> Handle(GetRetentionReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var report = await reports.GetAsync(query.ReportId, cancellationToken) ?? throw new NotFoundException("retention report", query.ReportId);
        var summary = await reports.SummarizeAsync(report.Id, cancellationToken);
        var all = (await seasons.ListAsync(cancellationToken)).ToDictionary(s => s.Id);
        return report.ToDto(RetentionReportMapping.Seasons(summary, all));
    }

    public async ValueTask<RetentionReportItemsPage> Handle(ListRetentionReportItemsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        _ = await reports.GetAsync(query.ReportId, cancellationToken) ?? throw new NotFoundException("retention report", query.ReportId);
        var (items, total) = await reports.ListItemsAsync(query.ReportId, query.Page, query.PageSize, cancellationToken);
        return new RetentionReportItemsPage(
            [.. items.Select(i => new RetentionReportItemDto(i.Item.ApplicationId, i.Item.SeasonId, i.Item.Status, i.Anonymized))],
            total,
            query.Page,
            query.PageSize);
    }

    public async ValueTask<IReadOnlyList<Guid>> Handle(ListRetentionReportsDueQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return [.. (await reports.ListAsync(cancellationToken)).Where(r => r.IsDueForExecution(now)).Select(r => r.Id)];
    }

    public async ValueTask<IReadOnlyList<Guid>> Handle(ListRetentionReportBatchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await reports.ListItemIdsAsync(query.ReportId, query.After, query.Take, cancellationToken);
    }
}
