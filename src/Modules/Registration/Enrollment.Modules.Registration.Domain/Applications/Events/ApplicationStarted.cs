using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Domain.Applications.Events;

public sealed record ApplicationStarted(
    ApplicationId ApplicationId,
    SeasonId SeasonId,
    Guid ParentAccountId,
    GraduationType GraduationType,
    DateTimeOffset OccurredAt) : IDomainEvent;
