using System.Globalization;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

/// <summary>Outside the season's dates parents can read what they saved but not start or change it.</summary>
public sealed class SeasonMustBeOpenRule(Season season, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => !season.IsOpenAt(now);

    public string Code => "season.closed";

    public string Message => now < season.OpensAt
        ? string.Create(CultureInfo.InvariantCulture, $"{season.Name}尚未开始，开始时间：{season.OpensAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}")
        : $"{season.Name}已结束";
}
