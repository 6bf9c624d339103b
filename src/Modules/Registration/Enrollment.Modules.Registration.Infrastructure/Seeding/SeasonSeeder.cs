using Enrollment.BuildingBlocks.Domain;
using System.Globalization;
using Enrollment.BuildingBlocks.Infrastructure.Seeding;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using Enrollment.Modules.Registration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Registration.Infrastructure.Seeding;

/// <summary>Creates the configured season when its county has none for that year yet.</summary>
internal sealed class SeasonSeeder(RegistrationDbContext context, IOptions<SeasonSeedOptions> options, TimeProvider clock) : IModuleSeeder
{

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
            context.Schools.AddRange(DemoSchools(season.Id));
            await context.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>A few Dengfeng graduation schools with classes, and the two 社会零星 schools (零班) every season has.</summary>
    public static IEnumerable<School> DemoSchools(SeasonId seasonId)
    {
        (SchoolKind Kind, string Name, string[] Classes)[] demo =
        [
            (SchoolKind.Kindergarten, "登封市直属机关幼儿园", ["大一班", "大二班", "大三班"]),
            (SchoolKind.Kindergarten, "登封市嵩阳街道中心幼儿园", ["大一班", "大二班"]),
            (SchoolKind.Kindergarten, "登封市少林街道中心幼儿园", ["大一班", "大二班"]),
            (SchoolKind.Kindergarten, "登封市大金店镇中心幼儿园", ["大班"]),
            (SchoolKind.Primary, "登封市实验小学", ["六（1）班", "六（2）班", "六（3）班"]),
            (SchoolKind.Primary, "登封市嵩阳中心小学", ["六（1）班", "六（2）班"]),
            (SchoolKind.Primary, "登封市少林武术学校附属小学", ["六（1）班"]),
            (SchoolKind.Primary, "登封市告成镇中心小学", ["六（1）班", "六（2）班"]),
        ];
        var order = 0;
        foreach (var (kind, name, classes) in demo)
        {
            var school = School.Create(seasonId, kind, name, ++order, nameTaken: false);
            foreach (var className in classes)
            {
                school.AddClass(className);
            }

            yield return school;
        }

        yield return School.CreateScattered(seasonId, SchoolKind.Kindergarten);
        yield return School.CreateScattered(seasonId, SchoolKind.Primary);
    }

    public static Season Build(SeasonSeedOptions seed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var today = ChinaTime.Today(now);
        var cutOffDay = DateOnly.ParseExact($"2000-{seed.AgeCutOff}", "yyyy-MM-dd", CultureInfo.InvariantCulture);

        // School years start in September: after this year's cut-off, the coming entry is next year's.
        var year = seed.Year ?? (today > new DateOnly(today.Year, cutOffDay.Month, cutOffDay.Day) ? today.Year + 1 : today.Year);
        // A 29 February cut-off falls on the 28th in common years.
        var cutOff = new DateOnly(year, cutOffDay.Month, Math.Min(cutOffDay.Day, DateTime.DaysInMonth(year, cutOffDay.Month)));
        var opensAt = seed.OpensAt ?? new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
        var closesAt = seed.ClosesAt ?? new DateTimeOffset(cutOff.ToDateTime(TimeOnly.MaxValue), ChinaTime.Offset);
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
            AgeWindow.FullYearsOn(cutOff, seed.JuniorMiddleEntryFullYears),
            SeasonPolicy.Default with
            {
                SocialInsuranceFrom = MonthOf(year, seed.SocialInsuranceFromMonth),
                SocialInsuranceTo = MonthOf(year, seed.SocialInsuranceToMonth),
                ResidencePermitValidOn = string.IsNullOrWhiteSpace(seed.ResidencePermitValidOn)
                    ? null
                    : DateOnly.ParseExact($"{year}-{seed.ResidencePermitValidOn.Trim()}", "yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
    }

    private static DateOnly? MonthOf(int year, string? month) =>
        string.IsNullOrWhiteSpace(month) ? null : new DateOnly(year, int.Parse(month, NumberStyles.None, CultureInfo.InvariantCulture), 1);
}
