using System.Net.Http.Headers;
using SkiaSharp;

namespace Enrollment.IntegrationTests;

/// <summary>A parent's evidence photo, as the H5 page uploads it: the tests that need one attached share these.</summary>
internal static class EvidenceUploads
{
    /// <summary>POSTs <paramref name="bytes"/> as the one file of a multipart form to an evidence page's attachments.</summary>
    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string location, string kind, byte[] bytes, string fileName = "photo.jpg", string contentType = "image/jpeg")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return client.PostAsync($"{location}/evidence/{kind}/attachments", form);
    }

    /// <summary>A real JPEG of one colour (SkiaSharp), small enough to upload in every test.</summary>
    public static byte[] Jpeg(int width = 64, int height = 48)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(200, 30, 30));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }
}
