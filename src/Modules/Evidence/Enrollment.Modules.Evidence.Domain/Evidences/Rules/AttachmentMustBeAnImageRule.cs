using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Domain.Evidences.Attachments;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>Only JPEG, PNG or WebP, as the file's bytes say (a renamed executable is not a picture).</summary>
public sealed class AttachmentMustBeAnImageRule(ImageFormat? detected) : IBusinessRule
{
    public bool IsBroken() => detected is null;

    public string Code => "evidence.attachment.not-an-image";

    public string Message => "请上传JPG、PNG或WebP格式的照片";

    public string? Field => "file";
}
