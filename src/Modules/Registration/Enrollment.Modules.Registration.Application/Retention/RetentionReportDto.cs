using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Retention;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Application.Retention;

/// <summary>A retention dry run and what became of it.</summary>
/// <param name="Status">`Planned` (nothing changed yet), `Executed`, `Cancelled`.</param>
/// <param name="ExecutesAfter">From then on the daily job carries a planned report out by itself.</param>
/// <param name="Listed">Applications the dry run lists.</param>
/// <param name="Anonymized">Of those, anonymized by the execution (null until executed).</param>
/// <param name="Seasons">The listed applications by season and by status when listed (empty in the list of reports).</param>
public sealed record RetentionReportDto(
    Guid Id,
    DateTimeOffset PlannedAt,
    string PlannedBy,
    int DaysAfterSeasonCloses,
    DateTimeOffset ExecutesAfter,
    string Status,
    string StatusText,
    int Listed,
    int? Anonymized,
    DateTimeOffset? ExecutedAt,
    DateTimeOffset? CancelledAt,
    IReadOnlyList<RetentionSeasonDto> Seasons);

/// <param name="ByStatus">Status (`Draft`, `UnderReview`, `Returned`, `Accepted`) → count.</param>
public sealed record RetentionSeasonDto(Guid SeasonId, string? SeasonName, DateTimeOffset? ClosesAt, int Applications, IReadOnlyDictionary<string, int> ByStatus);

/// <param name="Anonymized">Whether the application is anonymized now.</param>
public sealed record RetentionReportItemDto(Guid ApplicationId, Guid SeasonId, string StatusWhenListed, bool Anonymized);

public sealed record RetentionReportItemsPage(IReadOnlyList<RetentionReportItemDto> Items, int Total, int Page, int PageSize);

internal static class RetentionReportMapping
{
    public static RetentionReportDto ToDto(this RetentionReport report, IReadOnlyList<RetentionSeasonDto>? seasons = null) => new(
        report.Id,
        report.PlannedAt,
        report.PlannedBy,
        report.DaysAfterSeasonCloses,
        report.ExecutesAfter,
        report.Status.ToString(),
        report.Status switch
        {
            RetentionReportStatus.Planned => "待执行",
            RetentionReportStatus.Executed => "已执行",
            _ => "已取消",
        },
        report.ListedCount,
        report.Status == RetentionReportStatus.Executed ? report.AnonymizedCount : null,
        report.ExecutedAt,
        report.CancelledAt,
        seasons ?? []);

    public static IReadOnlyList<RetentionSeasonDto> Seasons(
        IReadOnlyList<(Guid SeasonId, string Status, int Count)> summary, IReadOnlyDictionary<SeasonId, Season> seasons) =>
        [.. summary.GroupBy(s => s.SeasonId).Select(group =>
        {
            var season = seasons.GetValueOrDefault(new SeasonId(group.Key));
            return new RetentionSeasonDto(
                group.Key,
                season?.Name,
                season?.ClosesAt,
                group.Sum(g => g.Count),
                group.OrderBy(g => Enum.TryParse<ApplicationStatus>(g.Status, out var s) ? (int)s : int.MaxValue).ToDictionary(g => g.Status, g => g.Count));
        }).OrderBy(s => s.ClosesAt)];
}
