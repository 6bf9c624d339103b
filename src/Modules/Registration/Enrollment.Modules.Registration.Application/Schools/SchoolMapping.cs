using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Schools;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Schools;

internal static class SchoolMapping
{
    public static SchoolDto ToDto(this School school) => new(
        school.Id.Value,
        school.SeasonId.Value,
        school.Name,
        school.Kind.ToString(),
        school.IsScattered,
        school.IsScattered ? 0 : school.SortOrder,
        [.. school.Classes.Select(c => new SchoolClassDto(c.Id, c.Name))]);
}
