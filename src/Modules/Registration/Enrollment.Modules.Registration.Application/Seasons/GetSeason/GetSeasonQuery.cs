using System.Globalization;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Seasons.GetSeason;

public sealed record GetSeasonQuery(Guid Id) : IQuery<SeasonDto>;

internal sealed class GetSeasonQueryHandler(ISeasonRepository seasons, TimeProvider clock) : IQueryHandler<GetSeasonQuery, SeasonDto>
{
    public async ValueTask<SeasonDto> Handle(GetSeasonQuery query, CancellationToken cancellationToken) =>
        (await seasons.GetAsync(new SeasonId(query.Id), cancellationToken) ?? throw new NotFoundException("season", query.Id)).ToDto(clock.GetUtcNow());
}
