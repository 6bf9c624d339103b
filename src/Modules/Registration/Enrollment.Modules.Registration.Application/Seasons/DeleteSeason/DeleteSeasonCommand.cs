using System.Globalization;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;
using Enrollment.Modules.Registration.Domain.Seasons.Rules;

namespace Enrollment.Modules.Registration.Application.Seasons.DeleteSeason;

public sealed record DeleteSeasonCommand(Guid Id) : ICommand;

internal sealed class DeleteSeasonCommandHandler(ISeasonRepository seasons, ISchoolRepository schools, IApplicationRepository applications)
    : ICommandHandler<DeleteSeasonCommand>
{
    public async ValueTask<Unit> Handle(DeleteSeasonCommand command, CancellationToken cancellationToken)
    {
        var season = await seasons.GetAsync(new SeasonId(command.Id), cancellationToken) ?? throw new NotFoundException("season", command.Id);
        if (await applications.AnyInSeasonAsync(season.Id, cancellationToken))
        {
            throw new BusinessRuleValidationException(new SeasonMustHaveNoApplicationsRule(true));
        }

        foreach (var school in await schools.ListAsync(season.Id, null, cancellationToken))
        {
            schools.Remove(school);
        }

        seasons.Remove(season);
        return Unit.Value;
    }
}
