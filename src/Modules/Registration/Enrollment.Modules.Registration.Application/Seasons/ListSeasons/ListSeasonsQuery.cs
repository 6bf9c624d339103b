using System.Globalization;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Seasons.ListSeasons;

public sealed record ListSeasonsQuery : IQuery<IReadOnlyList<SeasonDto>>;

internal sealed class ListSeasonsQueryHandler(ISeasonRepository seasons, TimeProvider clock) : IQueryHandler<ListSeasonsQuery, IReadOnlyList<SeasonDto>>
{
    public async ValueTask<IReadOnlyList<SeasonDto>> Handle(ListSeasonsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return [.. (await seasons.ListAsync(cancellationToken)).Select(s => s.ToDto(now))];
    }
}
