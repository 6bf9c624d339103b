using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Domain.Applications.Events;

public sealed record GuardiansSaved(ApplicationId ApplicationId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record HouseholdSaved(ApplicationId ApplicationId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ApplicationSubmitted(ApplicationId ApplicationId, SeasonId SeasonId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ApplicationResubmitted(ApplicationId ApplicationId, SeasonId SeasonId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ApplicationReturned(ApplicationId ApplicationId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ApplicationAccepted(ApplicationId ApplicationId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ApplicationDeleted(ApplicationId ApplicationId, SeasonId SeasonId, DateTimeOffset OccurredAt) : IDomainEvent;
