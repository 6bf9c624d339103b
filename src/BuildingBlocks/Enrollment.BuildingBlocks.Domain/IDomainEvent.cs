using Mediator;

namespace Enrollment.BuildingBlocks.Domain;

/// <summary>Something that happened inside one module. Handled in-process, in the same transaction.</summary>
public interface IDomainEvent : INotification
{
    DateTimeOffset OccurredAt { get; }
}
