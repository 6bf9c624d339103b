using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

/// <summary>A collective hukou naming a parent on the same booklet needs that parent's information first.</summary>
public sealed class GuardianOnBookletMustBeSavedRule(bool saved) : IBusinessRule
{
    public bool IsBroken() => !saved;

    public string Code => "household.guardian.missing";

    public string Message => "请先在学生父母信息中填写与学生同一户口簿的家长";

    public string? Field => "guardianOnSameBooklet";
}
