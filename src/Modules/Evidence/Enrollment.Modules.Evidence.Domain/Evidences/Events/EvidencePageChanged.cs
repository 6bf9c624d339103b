using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Events;

/// <summary>An evidence page was saved (<paramref name="Skipped"/> false) or skipped.</summary>
public sealed record EvidencePageChanged(Guid ApplicationId, EvidenceKind Kind, bool Skipped, DateTimeOffset OccurredAt) : IDomainEvent;
