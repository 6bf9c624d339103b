using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.ForReview;

internal sealed class GetSeasonPolicyForReviewQueryHandler(ISeasonRepository seasons) : IQueryHandler<GetSeasonPolicyForReviewQuery, SeasonPolicyForReview>
{
    public async ValueTask<SeasonPolicyForReview> Handle(GetSeasonPolicyForReviewQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var season = await seasons.GetForReadingAsync(new SeasonId(query.SeasonId), cancellationToken)
            ?? throw new NotFoundException("season", query.SeasonId);
        return new SeasonPolicyForReview(
            season.Id.Value,
            season.Name,
            season.HomeCountyCode,
            season.OpensAt,
            season.ClosesAt,
            new BirthDateWindow(season.PrimaryEntryWindow.EarliestBirthDate, season.PrimaryEntryWindow.LatestBirthDate),
            new BirthDateWindow(season.JuniorMiddleEntryWindow.EarliestBirthDate, season.JuniorMiddleEntryWindow.LatestBirthDate),
            season.ResidencePermitValidOn);
    }
}
