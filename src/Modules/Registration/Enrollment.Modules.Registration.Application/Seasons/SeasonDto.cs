using System.Globalization;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Seasons;

public sealed record AgeWindowDto(DateOnly EarliestBirthDate, DateOnly LatestBirthDate, int? FullYears, DateOnly? CutOff);

/// <summary>A season with every policy parameter. Months are <c>yyyy-MM</c>.</summary>
public sealed record SeasonDto(
    Guid Id,
    int Year,
    string Name,
    string HomeCountyCode,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    bool IsOpen,
    AgeWindowDto PrimaryEntry,
    AgeWindowDto JuniorMiddleEntry,
    bool OverAgeMayBeConfirmed,
    IReadOnlyList<string> UrbanTownCodes,
    string? SocialInsuranceFrom,
    string? SocialInsuranceTo,
    DateOnly? ResidencePermitValidOn,
    int? DraftReminderDaysBeforeClose);
