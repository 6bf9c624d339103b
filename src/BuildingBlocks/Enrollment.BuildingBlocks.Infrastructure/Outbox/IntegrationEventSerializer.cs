using System.Collections.Concurrent;
using System.Text.Json;
using Enrollment.BuildingBlocks.Application.Events;

namespace Enrollment.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Writes an event as its type name (without version, so a deployment does not orphan rows) and JSON.</summary>
public static class IntegrationEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    private static readonly ConcurrentDictionary<string, Type?> Types = new(StringComparer.Ordinal);

    public static OutboxMessage ToOutboxMessage(IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = integrationEvent.Id,
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(integrationEvent, type, Options),
            OccurredAt = integrationEvent.OccurredAt,
        };
    }

    public static IntegrationEvent FromOutboxMessage(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var type = Types.GetOrAdd(message.Type, static name => Type.GetType(name, throwOnError: false))
            ?? throw new InvalidOperationException($"Unknown integration event type '{message.Type}'.");
        return (IntegrationEvent)(JsonSerializer.Deserialize(message.Payload, type, Options)
            ?? throw new InvalidOperationException($"Empty payload for outbox message {message.Id}."));
    }

    /// <summary>The module that publishes an event: events live in <c>Enrollment.Modules.{Module}.Contracts</c>.</summary>
    public static string OwningSchema(Type eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        var parts = (eventType.Namespace ?? string.Empty).Split('.');
        if (parts.Length < 3 || parts[0] != "Enrollment" || parts[1] != "Modules")
        {
            throw new InvalidOperationException($"Integration event {eventType.FullName} must live in a module's Contracts.");
        }

        return parts[2].ToLowerInvariant();
    }
}
