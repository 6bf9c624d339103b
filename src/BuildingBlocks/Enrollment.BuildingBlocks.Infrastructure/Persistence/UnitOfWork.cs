using Enrollment.BuildingBlocks.Application.Persistence;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Saves every module context this scope used (<see cref="ModuleContexts"/>), each in its own transaction, after the
/// domain events are handled and the integration events are written to their module's outbox.
/// </summary>
internal sealed class UnitOfWork(ModuleContexts contexts, OutboxCollector outbox, IPublisher publisher, OutboxSignal signal) : IUnitOfWork
{
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await DispatchDomainEventsAsync(cancellationToken);

        var outboxes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var integrationEvent in outbox.TakeAll())
        {
            var schema = IntegrationEventSerializer.OwningSchema(integrationEvent.GetType());
            contexts.For(schema).OutboxMessages.Add(IntegrationEventSerializer.ToOutboxMessage(integrationEvent));
            outboxes.Add(schema);
        }

        foreach (var context in contexts.Created().Where(c => c.ChangeTracker.HasChanges()))
        {
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException exception)
            {
                throw new ConcurrencyConflictException(exception);
            }
            catch (DbUpdateException exception) when (UniqueViolation.Describe(exception) is { } violation
                && context.TranslateUniqueViolation(violation) is { } refusal)
            {
                throw refusal.ToException();
            }
        }

        // Committed: this instance's outbox processor delivers them now rather than at its next poll (ADR-0039).
        foreach (var schema in outboxes)
        {
            signal.Notify(schema);
        }
    }

    // Handlers of a domain event may change aggregates (of contexts they create) and raise more events; run until none is left.
    private async Task DispatchDomainEventsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var events = contexts.Created()
                .SelectMany(c => c.ChangeTracker.Entries<IAggregateRoot>())
                .SelectMany(entry =>
                {
                    var raised = entry.Entity.DomainEvents.ToArray();
                    entry.Entity.ClearDomainEvents();
                    return raised;
                })
                .ToList();
            if (events.Count == 0)
            {
                return;
            }

            foreach (var domainEvent in events)
            {
                await publisher.Publish(domainEvent, cancellationToken);
            }
        }
    }
}

/// <summary>Someone else saved the same aggregate first; the caller must reload.</summary>
public sealed class ConcurrencyConflictException(Exception inner)
    : Exception("The resource was changed by another request.", inner);
