using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>At most six photos per evidence page; the seventh is refused until one is deleted.</summary>
public sealed class PageMustHoldAtMostSixAttachmentsRule(int alreadyAttached, string pageName) : IBusinessRule
{
    public const int MaxPerPage = 6;

    public bool IsBroken() => alreadyAttached >= MaxPerPage;

    public string Code => "evidence.attachment.too-many";

    public string Message => $"{pageName}最多上传{MaxPerPage}张照片，请先删除不需要的照片";

    public RuleKind Kind => RuleKind.Conflict;
}
