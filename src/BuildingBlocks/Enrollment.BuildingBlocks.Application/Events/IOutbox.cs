namespace Enrollment.BuildingBlocks.Application.Events;

/// <summary>Queues an integration event to be written with the current unit of work.</summary>
public interface IOutbox
{
    void Add(IntegrationEvent integrationEvent);
}
