namespace Enrollment.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Bound from the <c>Outbox</c> section.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    public bool Enabled { get; set; } = true;

    /// <summary>How often each instance looks at every outbox when no commit of its own woke it (ADR-0039).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Messages claimed with one UPDATE and marked delivered with one UPDATE, per module and round.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How many applications' messages of one claimed batch are delivered at once (ADR-0039, amended); the messages
    /// of one application always go one after another, in order. Null: 8 on PostgreSQL and SQL Server, 1 on
    /// SQLite, which has one writer anyway (there the modules' outboxes are also drained one after another).
    /// </summary>
    public int? DeliveryConcurrency { get; set; }

    /// <summary>How long a claimed message stays with one instance before another may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    public int MaxAttempts { get; set; } = 10;

    /// <summary>Processed messages are kept this long for diagnosis, then purged by a recurring job.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
