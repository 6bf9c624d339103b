namespace Enrollment.Modules.Evidence.Domain.Evidences.Attachments;

/// <summary>
/// One certificate photo of an evidence page, as stored: re-encoded without its metadata (EXIF, GPS), with a
/// thumbnail; the bytes live in the file store under <see cref="FileKey"/> and <see cref="ThumbnailKey"/>.
/// </summary>
public sealed class EvidenceAttachment
{
    internal EvidenceAttachment(Guid id, EvidenceKind kind, StoredImage image, DateTimeOffset uploadedAt)
    {
        Id = id;
        Kind = kind;
        Format = image.Format;
        FileKey = image.FileKey;
        ThumbnailKey = image.ThumbnailKey;
        Length = image.Length;
        Width = image.Width;
        Height = image.Height;
        UploadedAt = uploadedAt;
    }

    private EvidenceAttachment()
    {
    }

    public Guid Id { get; private set; }

    public EvidenceKind Kind { get; private set; }

    public ImageFormat Format { get; private set; }

    public string FileKey { get; private set; } = string.Empty;

    public string ThumbnailKey { get; private set; } = string.Empty;

    /// <summary>Bytes of the stored (re-encoded) picture.</summary>
    public long Length { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}

/// <summary>A picture already cleaned and written to the file store, about to be attached.</summary>
public sealed record StoredImage(ImageFormat Format, string FileKey, string ThumbnailKey, long Length, int Width, int Height);
