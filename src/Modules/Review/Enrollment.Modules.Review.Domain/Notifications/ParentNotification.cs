using System.Linq.Expressions;
using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.Notifications;

/// <summary>What a parent is told.</summary>
public enum NotificationKind
{
    /// <summary>有误: a reviewer returned the application (one per return decision).</summary>
    Returned,

    /// <summary>已提交: a reviewer accepted the application (one per acceptance).</summary>
    Accepted,

    /// <summary>The application is still a draft a few days before the season closes (one per application).</summary>
    DraftReminder,
}

public enum NotificationStatus
{
    /// <summary>Waiting for a send (the first one, or a retry after a failure).</summary>
    Pending,

    /// <summary>A job holds it and is sending (until <see cref="ParentNotification.ClaimedUntil"/>).</summary>
    Sending,

    /// <summary>Delivered: by WeChat, by SMS after WeChat refused, or to nobody (refused and no phone bound).</summary>
    Sent,

    /// <summary>Nothing to say any more: the application was deleted, or (a reminder) submitted meanwhile.</summary>
    Skipped,

    /// <summary>Every attempt failed; the last error says why.</summary>
    Failed,
}

/// <summary>
/// One message to a parent, and the log of sending it. Exactly one per <see cref="Kind"/> and <see cref="SourceId"/>
/// (a unique index): the decision's id for <see cref="NotificationKind.Returned"/> and <see cref="NotificationKind.Accepted"/>,
/// the application's id for <see cref="NotificationKind.DraftReminder"/>. A send job first claims the row (Pending, or
/// Sending whose claim ran out → Sending, with a fresh token), so that of two jobs, two retries or two instances only one
/// sends; <see cref="NotificationStatus.Sent"/> is final, nothing sends it again.
/// </summary>
public sealed class ParentNotification : Entity<Guid>
{
    public const int MaxErrorLength = 500;

    /// <summary>Sends tried, the first included; after this many failures the notification is <see cref="NotificationStatus.Failed"/>.</summary>
    public const int MaxAttempts = 6;

    private ParentNotification()
    {
    }

    public NotificationKind Kind { get; private set; }

    public Guid SourceId { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>The parent; known once a send has looked the application up.</summary>
    public Guid? ParentAccountId { get; private set; }

    public NotificationStatus Status { get; private set; }

    /// <summary><c>WeChat</c>, <c>Sms</c> or <c>None</c> once sent.</summary>
    public string? Channel { get; private set; }

    /// <summary>The openid or phone it went to, masked.</summary>
    public string? Recipient { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Why WeChat was not used, why the last attempt failed, or why it was skipped.</summary>
    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    public Guid? ClaimToken { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static ParentNotification Create(NotificationKind kind, Guid sourceId, Guid applicationId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Kind = kind,
        SourceId = sourceId,
        ApplicationId = applicationId,
        Status = NotificationStatus.Pending,
        CreatedAt = now,
    };

    /// <summary>Whether a send job may take it now: waiting, or held by a job whose claim ran out (it died while sending).</summary>
    public static Expression<Func<ParentNotification, bool>> ClaimableAt(DateTimeOffset now) =>
        n => n.Status == NotificationStatus.Pending || (n.Status == NotificationStatus.Sending && n.ClaimedUntil < now);

    /// <summary>Whether a send job is still to come or running (a redelivered event queues the job again).</summary>
    public bool IsOpen => Status is NotificationStatus.Pending or NotificationStatus.Sending;

    /// <summary>After a failed attempt: whether it is given up (no more retries) or waits for the next one.</summary>
    public static NotificationStatus AfterFailure(int attempts) =>
        attempts >= MaxAttempts ? NotificationStatus.Failed : NotificationStatus.Pending;

    public static string? Shorten(string? error) => error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error;
}

public static class NotificationAlreadyQueued
{
    public const string Code = "review.notification.duplicate";

    public static DomainError Error => new(Code, "This notification was already queued.", Kind: RuleKind.Conflict);
}
