using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Retention.Rules;

namespace Enrollment.Modules.Registration.Domain.Retention;

public enum RetentionReportStatus
{
    /// <summary>The dry run: what will be anonymized, nothing changed yet.</summary>
    Planned,

    /// <summary>Carried out: the listed applications still due were anonymized.</summary>
    Executed,

    /// <summary>An admin stopped it; nothing listed was touched.</summary>
    Cancelled,
}

/// <summary>
/// A retention run (ADR-0041): first a dry run that lists every application whose season's retention period has
/// passed, then — after the review days, or when an admin says so — the anonymization of exactly those applications
/// (each checked again: an application whose season was reopened meanwhile is left alone).
/// </summary>
public sealed class RetentionReport : AggregateRoot<Guid>
{
    private RetentionReport()
    {
    }

    public DateTimeOffset PlannedAt { get; private set; }

    /// <summary>Who asked for the dry run: a staff member's name, or the retention job.</summary>
    public string PlannedBy { get; private set; } = string.Empty;

    public int DaysAfterSeasonCloses { get; private set; }

    public DateTimeOffset ExecutesAfter { get; private set; }

    public RetentionReportStatus Status { get; private set; }

    public DateTimeOffset? ExecutedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>How many of the listed applications the execution anonymized.</summary>
    public int AnonymizedCount { get; private set; }

    /// <summary>How many applications the dry run lists (its <see cref="RetentionReportItem"/>s, kept beside it: a county's season is 150,000).</summary>
    public int ListedCount { get; private set; }

    /// <summary>The dry run; <paramref name="due"/> are the applications due now, as the caller found them.</summary>
    public static (RetentionReport Report, IReadOnlyList<RetentionReportItem> Items) Plan(
        IReadOnlyCollection<(Guid ApplicationId, Guid SeasonId, string Status)> due, RetentionPeriod period, string plannedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(period);
        var report = new RetentionReport
        {
            Id = Guid.CreateVersion7(now),
            PlannedAt = now,
            PlannedBy = plannedBy,
            DaysAfterSeasonCloses = period.DaysAfterSeasonCloses,
            ExecutesAfter = period.ExecutesAfter(now),
            Status = RetentionReportStatus.Planned,
            ListedCount = due.Count,
        };
        return (report, [.. due.Select(d => new RetentionReportItem(report.Id, d.ApplicationId, d.SeasonId, d.Status))]);
    }

    public bool IsDueForExecution(DateTimeOffset now) => Status == RetentionReportStatus.Planned && now >= ExecutesAfter;

    /// <summary>Each batch of the execution asks first: a report an admin cancelled meanwhile stops the run.</summary>
    public void EnsurePlanned() => CheckRule(new RetentionReportMustBePlannedRule(Status));

    public void Cancel(DateTimeOffset now)
    {
        CheckRule(new RetentionReportMustBePlannedRule(Status));
        Status = RetentionReportStatus.Cancelled;
        CancelledAt = now;
    }

    public void MarkExecuted(int anonymized, DateTimeOffset now)
    {
        CheckRule(new RetentionReportMustBePlannedRule(Status));
        Status = RetentionReportStatus.Executed;
        AnonymizedCount = anonymized;
        ExecutedAt = now;
    }
}

/// <summary>One application a dry run lists, with its status when listed.</summary>
public sealed record RetentionReportItem(Guid ReportId, Guid ApplicationId, Guid SeasonId, string Status);
