namespace Enrollment.Modules.Registration.Domain.Retention;

/// <summary>
/// How long the personal data of a season's applications is kept after the season closes (数据保存期限), and how long a
/// dry-run report waits before the job anonymizes what it lists, so that an admin can read and cancel it.
/// </summary>
public sealed record RetentionPeriod(int DaysAfterSeasonCloses, int DaysToReviewReport)
{
    /// <summary>A season's data is due on the day its retention period ends, to the second.</summary>
    public bool IsDue(DateTimeOffset seasonClosesAt, DateTimeOffset now) => now >= seasonClosesAt.AddDays(DaysAfterSeasonCloses);

    /// <summary>When a report planned at <paramref name="plannedAt"/> may be carried out by the job without an admin.</summary>
    public DateTimeOffset ExecutesAfter(DateTimeOffset plannedAt) => plannedAt.AddDays(DaysToReviewReport);
}
