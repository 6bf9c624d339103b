using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.ApplicationHistory;

/// <summary>
/// One thing that happened to an application, as the reviewer's audit trail shows it. Each comes from
/// one integration event, identified by its message id, so a redelivered event is recorded once.
/// </summary>
public sealed class ApplicationHistoryEntry : Entity<Guid>
{
    private ApplicationHistoryEntry()
    {
    }

    public Guid MessageId { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>What happened, as a stable name: <c>Started</c>, <c>StudentSaved</c>, ...</summary>
    public string Event { get; private set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; private set; }

    public static ApplicationHistoryEntry Record(Guid messageId, Guid applicationId, string @event, DateTimeOffset occurredAt) => new()
    {
        Id = Guid.CreateVersion7(),
        MessageId = messageId,
        ApplicationId = applicationId,
        Event = @event,
        OccurredAt = occurredAt,
    };
}

/// <summary>Raised when a redelivered message hits the unique message id: the event is already recorded.</summary>
public static class MessageAlreadyRecorded
{
    public const string Code = "review.history.duplicate-message";

    public static DomainError Error => new(Code, "This message was already recorded.", Kind: RuleKind.Conflict);
}
