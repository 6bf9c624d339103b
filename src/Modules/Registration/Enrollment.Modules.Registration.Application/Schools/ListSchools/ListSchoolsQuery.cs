using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Schools;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;
using Mapster;

namespace Enrollment.Modules.Registration.Application.Schools.ListSchools;

/// <summary>
/// Graduation schools of a season (the current one when <see cref="SeasonId"/> is null), ordinary
/// schools first, 「社会零星幼儿园」/「社会零星小学」 last.
/// </summary>
public sealed record ListSchoolsQuery(GraduationType? GraduationType, Guid? SeasonId = null) : IQuery<IReadOnlyList<SchoolDto>>;

internal sealed class ListSchoolsQueryHandler(ISchoolRepository schools, ISeasonRepository seasons, TimeProvider clock)
    : IQueryHandler<ListSchoolsQuery, IReadOnlyList<SchoolDto>>
{
    public async ValueTask<IReadOnlyList<SchoolDto>> Handle(ListSchoolsQuery query, CancellationToken cancellationToken)
    {
        var seasonId = query.SeasonId is { } id
            ? new SeasonId(id)
            : (await seasons.GetCurrentAsync(clock.GetUtcNow(), cancellationToken))?.Id;
        if (seasonId is null)
        {
            return [];
        }

        var kind = query.GraduationType is { } type ? SchoolKinds.For(type) : (SchoolKind?)null;
        return [.. (await schools.ListAsync(seasonId.Value, kind, cancellationToken)).Adapt<List<SchoolDto>>(RegistrationMapping.Config)];
    }
}
