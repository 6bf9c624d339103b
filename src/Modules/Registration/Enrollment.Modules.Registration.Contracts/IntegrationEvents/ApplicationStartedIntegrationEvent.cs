using Enrollment.BuildingBlocks.Application.Events;

namespace Enrollment.Modules.Registration.Contracts.IntegrationEvents;

/// <summary>A parent started an application. Carries ids only: personal data stays in the Registration module.</summary>
public sealed record ApplicationStartedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    Guid SeasonId,
    string GraduationType) : IntegrationEvent(Id, OccurredAt);

/// <summary>Page 2 (student) of an application was saved.</summary>
public sealed record StudentInformationSavedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ApplicationId) : IntegrationEvent(Id, OccurredAt);
