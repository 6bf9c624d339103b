namespace Enrollment.BuildingBlocks.Application.Persistence;

/// <summary>
/// Commits every change a command made: dispatches the aggregates' domain events, then writes the
/// changes and the outbox rows in one transaction per module database.
/// </summary>
public interface IUnitOfWork
{
    Task CommitAsync(CancellationToken cancellationToken);
}
