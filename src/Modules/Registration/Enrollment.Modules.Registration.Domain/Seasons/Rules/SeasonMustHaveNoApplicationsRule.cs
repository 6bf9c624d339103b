using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Applications;

namespace Enrollment.Modules.Registration.Domain.Seasons.Rules;

public sealed class SeasonMustHaveNoApplicationsRule(bool hasApplications) : IBusinessRule
{
    public bool IsBroken() => hasApplications;

    public string Code => "season.in-use";

    public string Message => "该招生季已有报名信息，不能删除";

    public RuleKind Kind => RuleKind.Conflict;
}
