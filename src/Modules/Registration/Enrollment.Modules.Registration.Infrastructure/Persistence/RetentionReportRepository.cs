using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Retention;
using Enrollment.Modules.Registration.Domain.Seasons;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

internal sealed class RetentionReportRepository(RegistrationDbContext context) : IRetentionReportRepository
{
    public void Add(RetentionReport report, IReadOnlyList<RetentionReportItem> items)
    {
        context.RetentionReports.Add(report);
        context.RetentionReportItems.AddRange(items);
    }

    public Task<RetentionReport?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.RetentionReports.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<IReadOnlyList<RetentionReport>> ListAsync(CancellationToken cancellationToken) =>
        await context.RetentionReports.AsNoTracking().OrderByDescending(r => r.PlannedAt).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<(Guid ApplicationId, Guid SeasonId, string Status)>> ListDueApplicationsAsync(
        IReadOnlyCollection<SeasonId> seasons, CancellationToken cancellationToken)
    {
        List<SeasonId> ids = [.. seasons];
        var listed = context.RetentionReportItems
            .Where(i => context.RetentionReports.Any(r => r.Id == i.ReportId && r.Status == RetentionReportStatus.Planned))
            .Select(i => i.ApplicationId);
        var rows = await context.Applications.AsNoTracking()
            .Where(a => ids.Contains(a.SeasonId) && a.AnonymizedAt == null && !listed.Contains((Guid)(object)a.Id))
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.SeasonId, a.Status })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id.Value, r.SeasonId.Value, r.Status.ToString()))];
    }

    public async Task<IReadOnlyList<Guid>> ListItemIdsAsync(Guid reportId, Guid? after, int take, CancellationToken cancellationToken)
    {
        var items = context.RetentionReportItems.AsNoTracking().Where(i => i.ReportId == reportId);
        if (after is { } last)
        {
            items = items.Where(i => i.ApplicationId.CompareTo(last) > 0);
        }

        return await items.OrderBy(i => i.ApplicationId).Select(i => i.ApplicationId).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<(IReadOnlyList<(RetentionReportItem Item, bool Anonymized)> Items, int Total)> ListItemsAsync(
        Guid reportId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var items = context.RetentionReportItems.AsNoTracking().Where(i => i.ReportId == reportId);
        var total = await items.CountAsync(cancellationToken);
        var rows = await items
            .OrderBy(i => i.ApplicationId)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(i => new
            {
                Item = i,
                Anonymized = context.Applications.Any(a => (Guid)(object)a.Id == i.ApplicationId && a.AnonymizedAt != null),
            })
            .ToListAsync(cancellationToken);
        return ([.. rows.Select(r => (r.Item, r.Anonymized))], total);
    }

    public async Task<IReadOnlyList<(Guid SeasonId, string Status, int Count)>> SummarizeAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var rows = await context.RetentionReportItems.AsNoTracking()
            .Where(i => i.ReportId == reportId)
            .GroupBy(i => new { i.SeasonId, i.Status })
            .Select(g => new { g.Key.SeasonId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.SeasonId, r.Status, r.Count))];
    }

    public Task<int> CountAnonymizedAsync(Guid reportId, CancellationToken cancellationToken) =>
        context.RetentionReportItems
            .Where(i => i.ReportId == reportId)
            .CountAsync(i => context.Applications.Any(a => (Guid)(object)a.Id == i.ApplicationId && a.AnonymizedAt != null), cancellationToken);
}
