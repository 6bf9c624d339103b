using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

/// <summary>
/// One child, one application per season, whoever registers it. Checked before saving for a clear
/// answer, and enforced by a unique index so that a race between two requests cannot break it.
/// </summary>
public sealed class StudentIdMustBeUniqueInSeasonRule(bool registeredInAnotherApplication) : IBusinessRule
{
    public const string RuleCode = "student.id.duplicate";

    public bool IsBroken() => registeredInAnotherApplication;

    public string Code => RuleCode;

    public string Message => "此学生信息已经登记";

    public string? Field => "residentId";

    public RuleKind Kind => RuleKind.Conflict;
}
