using System.Globalization;
using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Contracts.Seasons;

/// <summary>
/// Outside the season's dates parents can read what they saved but not start or change it. Defined
/// here once for every module that changes a part of an application.
/// </summary>
public sealed class SeasonMustBeOpenRule : IBusinessRule
{
    public const string ErrorCode = "season.closed";

    private readonly bool _open;
    private readonly string _seasonName;
    private readonly DateTimeOffset? _opensLater;

    /// <summary>The season's dates against <paramref name="now"/>: open from <paramref name="opensAt"/> until before <paramref name="closesAt"/>.</summary>
    public SeasonMustBeOpenRule(string seasonName, DateTimeOffset opensAt, DateTimeOffset closesAt, DateTimeOffset now)
    {
        _open = now >= opensAt && now < closesAt;
        _seasonName = seasonName;
        _opensLater = now < opensAt ? opensAt : null;
    }

    /// <summary>The answer the season's owner gave (open now or not), for modules that hold no dates.</summary>
    public SeasonMustBeOpenRule(bool open, string seasonName)
    {
        _open = open;
        _seasonName = seasonName;
    }

    public bool IsBroken() => !_open;

    public string Code => ErrorCode;

    public string Message => _opensLater is { } opensAt
        ? string.Create(CultureInfo.InvariantCulture, $"{_seasonName}尚未开始，开始时间：{opensAt.ToOffset(ChinaTime.Offset):yyyy-MM-dd HH:mm}")
        : $"{_seasonName}已结束";
}
