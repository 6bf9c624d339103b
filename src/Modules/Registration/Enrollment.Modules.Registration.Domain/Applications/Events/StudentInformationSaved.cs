using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Events;

public sealed record StudentInformationSaved(ApplicationId ApplicationId, DateTimeOffset OccurredAt) : IDomainEvent;
