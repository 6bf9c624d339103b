using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Domain.Evidences.Attachments;
using SkiaSharp;

namespace Enrollment.Modules.Evidence.Infrastructure.Images;

/// <summary>
/// SkiaSharp (ADR-0016): decodes the picture to pixels, turns it upright by its EXIF orientation, and encodes
/// new bytes — an encoder writes no EXIF, XMP or comment, so GPS position and camera data are gone.
/// </summary>
internal sealed class SkiaImageCleaner : IImageCleaner
{
    /// <summary>40 megapixels: more than any phone camera, less than a decompression bomb.</summary>
    public const long MaxPixels = 40_000_000;

    private const int ThumbnailSide = 320;
    private const int Quality = 88;

    public CleanImage? Clean(ReadOnlySpan<byte> content, ImageFormat format)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || FormatOf(codec.EncodedFormat) != format || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return null;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        using var upright = Orient(decoded, codec.EncodedOrigin);
        using var image = SKImage.FromBitmap(upright);
        using var encoded = image.Encode(EncodedFormatOf(format), format == ImageFormat.Png ? 100 : Quality);
        if (encoded is null)
        {
            return null;
        }

        var scale = Math.Min(1f, (float)ThumbnailSide / Math.Max(upright.Width, upright.Height));
        var thumbInfo = new SKImageInfo(Math.Max(1, (int)(upright.Width * scale)), Math.Max(1, (int)(upright.Height * scale)), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var thumbnail = new SKBitmap(thumbInfo);
        using (var canvas = new SKCanvas(thumbnail))
        {
            canvas.Clear(SKColors.White); // a transparent PNG becomes a JPEG on white
            using var source = SKImage.FromBitmap(upright);
            canvas.DrawImage(source, new SKRect(0, 0, thumbInfo.Width, thumbInfo.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        using var thumbImage = SKImage.FromBitmap(thumbnail);
        using var thumbData = thumbImage.Encode(SKEncodedImageFormat.Jpeg, 80);
        return new CleanImage(encoded.ToArray(), thumbData.ToArray(), upright.Width, upright.Height);
    }

    private static ImageFormat? FormatOf(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => ImageFormat.Jpeg,
        SKEncodedImageFormat.Png => ImageFormat.Png,
        SKEncodedImageFormat.Webp => ImageFormat.WebP,
        _ => null,
    };

    private static SKEncodedImageFormat EncodedFormatOf(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => SKEncodedImageFormat.Jpeg,
        ImageFormat.Png => SKEncodedImageFormat.Png,
        _ => SKEncodedImageFormat.Webp,
    };

    /// <summary>A copy drawn upright: the stored picture carries no orientation tag any more, so its pixels must be.</summary>
    private static SKBitmap Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var width = swap ? bitmap.Height : bitmap.Width;
        var height = swap ? bitmap.Width : bitmap.Height;
        var result = new SKBitmap(new SKImageInfo(width, height, bitmap.ColorType, bitmap.AlphaType));
        using var canvas = new SKCanvas(result);
        // Canvas calls compose so that the last one acts on the picture first.
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: // mirrored
                canvas.Scale(-1, 1, width / 2f, 0);
                break;
            case SKEncodedOrigin.BottomRight: // 180°
                canvas.RotateDegrees(180, width / 2f, height / 2f);
                break;
            case SKEncodedOrigin.BottomLeft: // flipped
                canvas.Scale(1, -1, 0, height / 2f);
                break;
            case SKEncodedOrigin.LeftTop: // transposed: 90° clockwise, then mirrored
                canvas.Scale(-1, 1, width / 2f, 0);
                canvas.Translate(width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightTop: // 90° clockwise
                canvas.Translate(width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom: // transverse: 270°, then mirrored
                canvas.Scale(-1, 1, width / 2f, 0);
                canvas.Translate(0, height);
                canvas.RotateDegrees(270);
                break;
            case SKEncodedOrigin.LeftBottom: // 270° clockwise
                canvas.Translate(0, height);
                canvas.RotateDegrees(270);
                break;
        }

        canvas.DrawBitmap(bitmap, 0, 0);
        return result;
    }
}
