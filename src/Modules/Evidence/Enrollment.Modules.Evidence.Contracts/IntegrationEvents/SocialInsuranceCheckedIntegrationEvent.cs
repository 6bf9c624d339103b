using Enrollment.BuildingBlocks.Application.Events;

namespace Enrollment.Modules.Evidence.Contracts.IntegrationEvents;

/// <summary>
/// The social-insurance period check of an employment (务工) or business (经商) page has a new outcome: the
/// first one, or one different from the last (a repeated or retried check that finds the same answer raises
/// none). Review's pre-checks read the whole outcome through <see cref="Queries.GetSocialInsuranceOutcomeQuery"/>.
/// </summary>
/// <param name="Kind">`employment` or `business`.</param>
/// <param name="Result">`Passed`, `MissingMonths`, `ResidentInsuranceOnly` or `NoRecords`.</param>
/// <param name="MissingMonths">The months of the season's period without employee (职工) insurance, `yyyy-MM`; empty when passed.</param>
public sealed record SocialInsuranceCheckedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    string Kind,
    string Result,
    IReadOnlyList<string> MissingMonths) : IntegrationEvent(Id, OccurredAt);
