using Enrollment.BuildingBlocks.Application.Events;

namespace Enrollment.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Holds the integration events of one request until the unit of work writes them beside the change.</summary>
internal sealed class OutboxCollector : IOutbox
{
    private readonly List<IntegrationEvent> _pending = [];

    public void Add(IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        _pending.Add(integrationEvent);
    }

    public IReadOnlyList<IntegrationEvent> TakeAll()
    {
        var taken = _pending.ToArray();
        _pending.Clear();
        return taken;
    }
}
