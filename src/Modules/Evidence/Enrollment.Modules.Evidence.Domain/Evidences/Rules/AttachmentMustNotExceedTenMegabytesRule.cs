using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>A certificate photo is at most 10 MB as uploaded.</summary>
public sealed class AttachmentMustNotExceedTenMegabytesRule(long length) : IBusinessRule
{
    public const long MaxLength = 10L * 1024 * 1024;

    public bool IsBroken() => length > MaxLength;

    public string Code => "evidence.attachment.too-large";

    public string Message => "照片不能超过10MB";

    public string? Field => "file";
}
