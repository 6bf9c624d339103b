using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.ForEvidence;

/// <summary>Answers the Evidence module's <see cref="GetApplicationForEvidenceQuery"/> from the parent's own application.</summary>
internal sealed class GetApplicationForEvidenceQueryHandler(IApplicationRepository applications, ISeasonRepository seasons, TimeProvider clock)
    : IQueryHandler<GetApplicationForEvidenceQuery, ApplicationForEvidence>
{
    public async ValueTask<ApplicationForEvidence> Handle(GetApplicationForEvidenceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var application = await applications.GetOwnAsync(new ApplicationId(query.ApplicationId), query.ParentAccountId, cancellationToken)
            ?? throw new NotFoundException("application", query.ApplicationId);
        var season = await seasons.GetForReadingAsync(application.SeasonId, cancellationToken)
            ?? throw new NotFoundException("season", application.SeasonId);
        return new ApplicationForEvidence(
            application.Id.Value,
            application.Status.ToString(),
            season.Id.Value,
            season.IsOpenAt(clock.GetUtcNow()),
            season.Name,
            season.HomeCountyCode,
            season.ResidencePermitValidOn,
            application.Father is { } father ? new GuardianForEvidence(father.Name.Value, father.ResidentId.Value, father.RegionCode) : null,
            application.Mother is { } mother ? new GuardianForEvidence(mother.Name.Value, mother.ResidentId.Value, mother.RegionCode) : null);
    }
}
