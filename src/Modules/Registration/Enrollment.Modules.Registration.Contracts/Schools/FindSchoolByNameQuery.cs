using Mediator;

namespace Enrollment.Modules.Registration.Contracts.Schools;

/// <summary>
/// The id of the graduation school with exactly this name in the open season (else the newest
/// season); null when there is none. Used by the demo seeding to scope the demo reviewer.
/// </summary>
public sealed record FindSchoolByNameQuery(string Name) : IQuery<Guid?>;
