namespace Enrollment.Modules.Evidence.Application.Attachments;

/// <summary>One certificate photo of an evidence page.</summary>
/// <param name="Kind">The page: `property`, `residence-permit`, ...</param>
/// <param name="ContentType">`image/jpeg`, `image/png` or `image/webp`.</param>
/// <param name="Length">Bytes of the stored picture (after its metadata was removed).</param>
public sealed record AttachmentDto(Guid Id, string Kind, string ContentType, long Length, int Width, int Height, DateTimeOffset UploadedAt);

/// <summary>A picture's bytes and content type.</summary>
public sealed record AttachmentContent(byte[] Bytes, string ContentType);
