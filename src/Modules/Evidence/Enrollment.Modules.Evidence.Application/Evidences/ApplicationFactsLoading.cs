using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Evidences;

internal static class ApplicationFactsLoading
{

    /// <summary>The parent's own application as Registration answers it (404 otherwise), brought into the domain's terms.</summary>
    public static async Task<(ApplicationForEvidence Application, ApplicationFacts Facts)> LoadFactsAsync(
        this ISender sender, Guid applicationId, Guid parentAccountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var application = await sender.Send(new GetApplicationForEvidenceQuery(applicationId, parentAccountId), cancellationToken);
        var facts = new ApplicationFacts(
            application.IsLocked,
            application.SeasonOpen,
            application.SeasonName,
            application.ResidencePermitValidOn ?? ChinaTime.Today(now),
            application.Father?.Name,
            application.Mother?.Name,
            application.HomeCountyCode,
            application.Father?.HukouRegionCode,
            application.Mother?.HukouRegionCode);
        return (application, facts);
    }
}
