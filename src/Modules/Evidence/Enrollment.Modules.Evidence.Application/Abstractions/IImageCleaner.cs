using Enrollment.Modules.Evidence.Domain.Evidences.Attachments;

namespace Enrollment.Modules.Evidence.Application.Abstractions;

/// <summary>
/// Decodes a picture and encodes it again, so that nothing but the pixels survives (EXIF with GPS position,
/// camera, comments), turned upright by its EXIF orientation; and makes a JPEG thumbnail for lists.
/// </summary>
public interface IImageCleaner
{
    /// <summary>Null when the bytes do not decode as <paramref name="format"/> or the picture exceeds the pixel limit.</summary>
    CleanImage? Clean(ReadOnlySpan<byte> content, ImageFormat format);
}

/// <param name="Image">The re-encoded picture, in its own format.</param>
/// <param name="Thumbnail">A JPEG at most 320 pixels on its longer side.</param>
public sealed record CleanImage(byte[] Image, byte[] Thumbnail, int Width, int Height);
