using System.Globalization;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Seasons.GetCurrentSeason;

/// <summary>The open season, or the next one to open; 404 when there is none.</summary>
public sealed record GetCurrentSeasonQuery : IQuery<SeasonDto>;

internal sealed class GetCurrentSeasonQueryHandler(ISeasonRepository seasons, TimeProvider clock) : IQueryHandler<GetCurrentSeasonQuery, SeasonDto>
{
    public async ValueTask<SeasonDto> Handle(GetCurrentSeasonQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await seasons.GetCurrentAsync(now, cancellationToken) ?? throw new NotFoundException("season", "current")).ToDto(now);
    }
}
