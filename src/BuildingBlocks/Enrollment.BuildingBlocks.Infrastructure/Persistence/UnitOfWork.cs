using Enrollment.BuildingBlocks.Application.Persistence;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

internal sealed class UnitOfWork(IEnumerable<ModuleDbContext> contexts, OutboxCollector outbox, IPublisher publisher, OutboxSignal signal) : IUnitOfWork
{
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var modules = contexts.ToList();
        await DispatchDomainEventsAsync(modules, cancellationToken);

        var outboxes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var integrationEvent in outbox.TakeAll())
        {
            var schema = IntegrationEventSerializer.OwningSchema(integrationEvent.GetType());
            var owner = modules.SingleOrDefault(c => c.Schema == schema)
                ?? throw new InvalidOperationException($"No database context for module '{schema}'.");
            owner.OutboxMessages.Add(IntegrationEventSerializer.ToOutboxMessage(integrationEvent));
            outboxes.Add(schema);
        }

        foreach (var context in modules.Where(c => c.ChangeTracker.HasChanges()))
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

    // Handlers of a domain event may change aggregates and raise more events; run until none is left.
    private async Task DispatchDomainEventsAsync(List<ModuleDbContext> modules, CancellationToken cancellationToken)
    {
        while (true)
        {
            var events = modules
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
