using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>The holder/recipient/owner the page names must be a parent filled on the guardians page.</summary>
public sealed class HolderMustBeGuardianRule(ParentRole role, string? guardianName, string fieldName, string fieldLabel) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(guardianName);

    public string Code => "evidence.holder.not-guardian";

    public string Message => $"{fieldLabel}须为学生父母：学生父母信息中未填写{role.Chinese()}的信息，请先填写";

    public string? Field => fieldName;
}
