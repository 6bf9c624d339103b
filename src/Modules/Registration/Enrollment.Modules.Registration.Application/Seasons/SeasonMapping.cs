using System.Globalization;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Seasons;

// Hand-written, not Mapster (ADR 0019): whether a season is open depends on the clock, and months are formatted.
internal static class SeasonMapping
{
    public static SeasonDto ToDto(this Season season, DateTimeOffset now) => new(
        season.Id.Value,
        season.Year,
        season.Name,
        season.HomeCountyCode,
        season.OpensAt,
        season.ClosesAt,
        season.IsOpenAt(now),
        season.PrimaryEntryWindow.ToDto(),
        season.JuniorMiddleEntryWindow.ToDto(),
        season.OverAgeMayBeConfirmed,
        season.UrbanTownCodes,
        season.SocialInsuranceFrom?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        season.SocialInsuranceTo?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        season.ResidencePermitValidOn,
        season.DraftReminderDaysBeforeClose);

    private static AgeWindowDto ToDto(this AgeWindow window) =>
        new(window.EarliestBirthDate, window.LatestBirthDate, window.FullYears, window.CutOff);

    public static DateOnly? ParseMonth(string? month) =>
        DateOnly.TryParseExact(month?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
