using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Schools;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Schools.FindSchoolByName;

internal sealed class FindSchoolByNameQueryHandler(ISchoolRepository schools, ISeasonRepository seasons, TimeProvider clock)
    : IQueryHandler<FindSchoolByNameQuery, Guid?>
{
    public async ValueTask<Guid?> Handle(FindSchoolByNameQuery query, CancellationToken cancellationToken)
    {
        var season = await seasons.GetCurrentAsync(clock.GetUtcNow(), cancellationToken)
            ?? (await seasons.ListAsync(cancellationToken)).MaxBy(s => s.Year);
        if (season is null)
        {
            return null;
        }

        var name = query.Name.Trim();
        return (await schools.ListAsync(season.Id, null, cancellationToken)).FirstOrDefault(s => s.Name == name)?.Id.Value;
    }
}
