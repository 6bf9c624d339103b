using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

/// <summary>
/// A parent may keep only so many applications in 填写中 at once (<c>Registration:Limits:MaxOpenDraftsPerParent</c>):
/// a family registers one or two children; an account that opens drafts without end fills the database. Submitted,
/// returned and deleted applications do not count.
/// </summary>
public sealed class ParentMayHoldLimitedOpenDraftsRule(int openDrafts, int maxOpenDrafts) : IBusinessRule
{
    public const string RuleCode = "application.drafts.too-many";

    public bool IsBroken() => openDrafts >= maxOpenDrafts;

    public string Code => RuleCode;

    public string Message => $"最多同时保留{maxOpenDrafts}份填写中的信息，请先完成或删除已有的填写中信息";

    public string? Field => null;

    public RuleKind Kind => RuleKind.Conflict;
}
