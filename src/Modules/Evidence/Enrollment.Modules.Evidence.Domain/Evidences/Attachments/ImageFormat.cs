namespace Enrollment.Modules.Evidence.Domain.Evidences.Attachments;

/// <summary>The picture formats a certificate photo may come in, recognised by their first bytes.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    WebP,
}

public static class ImageFormats
{
    /// <summary>Enough bytes to recognise every format.</summary>
    public const int SignatureLength = 12;

    /// <summary>
    /// The format by the file's signature — never by its name or the content type the client claims:
    /// JPEG <c>FF D8 FF</c>, PNG <c>89 50 4E 47 0D 0A 1A 0A</c>, WebP <c>RIFF····WEBP</c>. Null for anything else.
    /// </summary>
    public static ImageFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ImageFormat.Png;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.WebP;
        }

        return null;
    }

    public static string ContentType(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.WebP => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
