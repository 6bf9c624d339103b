using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Schools;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Schools;

public sealed record SchoolDto(Guid Id, Guid SeasonId, string Name, string Kind, bool IsScattered, int SortOrder, IReadOnlyList<SchoolClassDto> Classes);

public sealed record SchoolClassDto(Guid Id, string Name);
