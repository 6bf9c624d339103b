using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Applications;

namespace Enrollment.Modules.Registration.Domain.Seasons.Rules;

public sealed class SeasonYearMustBeUniqueRule(bool taken) : IBusinessRule
{
    public bool IsBroken() => taken;

    public string Code => "season.year.duplicate";

    public string Message => "该县（市、区）已有同一年度的招生季";

    public string? Field => "year";

    public RuleKind Kind => RuleKind.Conflict;
}
