using System.Globalization;
using Enrollment.BuildingBlocks.Infrastructure.Seeding;
using Enrollment.Modules.Registration.Domain.Seasons;
using Enrollment.Modules.Registration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Registration.Infrastructure.Seeding;

/// <summary>Creates the configured season when its county has none for that year yet.</summary>
internal sealed class SeasonSeeder(RegistrationDbContext context, IOptions<SeasonSeedOptions> options, TimeProvider clock) : IModuleSeeder
{
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value;
        if (!seed.Enabled)
        {
            return;
        }

        var season = Build(seed, clock.GetUtcNow());
        var exists = await context.Seasons.AnyAsync(s => s.HomeCountyCode == season.HomeCountyCode && s.Year == season.Year, cancellationToken);
        if (!exists)
        {
            context.Seasons.Add(season);
            await context.SaveChangesAsync(cancellationToken);
        }
    }

    public static Season Build(SeasonSeedOptions seed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var today = DateOnly.FromDateTime(now.ToOffset(ChinaTime).DateTime);
        var cutOffDay = DateOnly.ParseExact($"2000-{seed.AgeCutOff}", "yyyy-MM-dd", CultureInfo.InvariantCulture);

        // School years start in September: after this year's cut-off, the coming entry is next year's.
        var year = seed.Year ?? (today > new DateOnly(today.Year, cutOffDay.Month, cutOffDay.Day) ? today.Year + 1 : today.Year);
        // A 29 February cut-off falls on the 28th in common years.
        var cutOff = new DateOnly(year, cutOffDay.Month, Math.Min(cutOffDay.Day, DateTime.DaysInMonth(year, cutOffDay.Month)));
        var opensAt = seed.OpensAt ?? new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), ChinaTime);
        var closesAt = seed.ClosesAt ?? new DateTimeOffset(cutOff.ToDateTime(TimeOnly.MaxValue), ChinaTime);
        if (closesAt <= opensAt)
        {
            throw new InvalidOperationException(
                $"{SeasonSeedOptions.SectionName}: the season of {year} would close ({closesAt:yyyy-MM-dd}) before it opens ({opensAt:yyyy-MM-dd}); set OpensAt and ClosesAt, or leave Year empty for the coming school year.");
        }

        return Season.Create(
            year,
            $"{seed.CountyName}{year}年义务教育新生入学信息采集",
            seed.HomeCountyCode,
            opensAt,
            closesAt,
            AgeWindow.FullYearsOn(cutOff, seed.PrimaryEntryFullYears),
            AgeWindow.FullYearsOn(cutOff, seed.JuniorMiddleEntryFullYears));
    }
}
