using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>The picture must decode (a truncated or forged file, or one over 40 megapixels, does not).</summary>
public sealed class AttachmentMustBeReadableRule(bool readable) : IBusinessRule
{
    public bool IsBroken() => !readable;

    public string Code => "evidence.attachment.unreadable";

    public string Message => "照片无法读取，请重新拍照上传";

    public string? Field => "file";
}
