using System.Text.Json;

namespace Enrollment.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Splits a claimed batch into the groups that must be delivered in order: the messages of one application
/// (the <c>applicationId</c> of the event) one after another, in the batch's order; a message that names no
/// application is a group of its own. Groups may then be delivered side by side (ADR-0039, amended).
/// </summary>
public static class OutboxPartition
{
    public static IReadOnlyList<IReadOnlyList<OutboxMessage>> Split(IReadOnlyList<OutboxMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var groups = new List<List<OutboxMessage>>();
        var byApplication = new Dictionary<Guid, List<OutboxMessage>>();
        foreach (var message in messages)
        {
            if (ApplicationOf(message) is not { } application)
            {
                groups.Add([message]);
            }
            else if (byApplication.TryGetValue(application, out var group))
            {
                group.Add(message);
            }
            else
            {
                byApplication[application] = group = [message];
                groups.Add(group);
            }
        }

        return groups;
    }

    /// <summary>The top-level <c>applicationId</c> of the payload (events are written with web casing), if any.</summary>
    public static Guid? ApplicationOf(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(message.Payload));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isApplication = reader.ValueTextEquals("applicationId"u8);
            if (!reader.Read())
            {
                return null;
            }

            if (isApplication)
            {
                return reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var id) ? id : null;
            }

            reader.Skip();
        }

        return null;
    }
}
