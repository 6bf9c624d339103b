using Enrollment.Modules.Evidence.Domain.Evidences.Attachments;

namespace Enrollment.Modules.Evidence.Application.Attachments;

/// <summary>File-store keys of a photo and its thumbnail: one folder per application, so it can go as a whole.</summary>
internal static class AttachmentKeys
{
    public static string Image(Guid applicationId, Guid attachmentId, ImageFormat format) =>
        $"{applicationId:N}/{attachmentId:N}.{format switch { ImageFormat.Jpeg => "jpg", ImageFormat.Png => "png", _ => "webp" }}";

    public static string Thumbnail(Guid applicationId, Guid attachmentId) => $"{applicationId:N}/{attachmentId:N}.thumb.jpg";
}
