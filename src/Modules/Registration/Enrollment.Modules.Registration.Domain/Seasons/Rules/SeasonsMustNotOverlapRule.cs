using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Applications;

namespace Enrollment.Modules.Registration.Domain.Seasons.Rules;

/// <summary>One open season per county at a time: the windows of two seasons of one county must not overlap.</summary>
public sealed class SeasonsMustNotOverlapRule(bool overlaps) : IBusinessRule
{
    public bool IsBroken() => overlaps;

    public string Code => "season.overlap";

    public string Message => "同一县（市、区）同一时间只能有一个开放的招生季，开放时间与已有招生季重叠";

    public string? Field => "opensAt";

    public RuleKind Kind => RuleKind.Conflict;
}
