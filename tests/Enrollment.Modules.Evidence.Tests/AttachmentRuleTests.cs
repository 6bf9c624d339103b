using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences.Attachments;

namespace Enrollment.Modules.Evidence.Tests;

/// <summary>Certificate photos in the domain: the format by the bytes, and the limits, from tables.</summary>
public sealed class AttachmentRuleTests
{
    private static readonly DateTimeOffset Now = new(2024, 7, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly ApplicationFacts Open = new(false, true, "登封市2024年义务教育新生入学信息采集", new DateOnly(2024, 7, 1), "张伟", null);

    public static TheoryData<string, byte[], ImageFormat?> Signatures() => new()
    {
        { "jpeg (JFIF)", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1], ImageFormat.Jpeg },
        { "jpeg (Exif)", [0xFF, 0xD8, 0xFF, 0xE1, 0, 0x10, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0], ImageFormat.Jpeg },
        { "png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], ImageFormat.Png },
        { "webp", [(byte)'R', (byte)'I', (byte)'F', (byte)'F', 0x24, 0, 0, 0, (byte)'W', (byte)'E', (byte)'B', (byte)'P'], ImageFormat.WebP },
        { "wav (RIFF, not WEBP)", [(byte)'R', (byte)'I', (byte)'F', (byte)'F', 0x24, 0, 0, 0, (byte)'W', (byte)'A', (byte)'V', (byte)'E'], null },
        { "ELF executable", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0], null },
        { "Windows executable", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0], null },
        { "PDF", "%PDF-1.7\n%\u00e2\u00e3"u8.ToArray(), null },
        { "GIF", "GIF89a\u0001\u0000"u8.ToArray(), null },
        { "truncated jpeg", [0xFF, 0xD8], null },
        { "empty", [], null },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void The_format_is_recognised_by_the_first_bytes(string @case, byte[] head, ImageFormat? format)
    {
        Assert.False(string.IsNullOrEmpty(@case));
        Assert.Equal(format, ImageFormats.Detect(head));
    }

    public static TheoryData<string, ImageFormat?, long, int, string?> Uploads() => new()
    {
        { "a jpeg", ImageFormat.Jpeg, 2_000_000, 0, null },
        { "exactly 10 MB", ImageFormat.Png, 10L * 1024 * 1024, 5, null },
        { "not an image", null, 1000, 0, "evidence.attachment.not-an-image" },
        { "10 MB and a byte", ImageFormat.Jpeg, 10L * 1024 * 1024 + 1, 0, "evidence.attachment.too-large" },
        { "the seventh", ImageFormat.WebP, 1000, 6, "evidence.attachment.too-many" },
    };

    [Theory]
    [MemberData(nameof(Uploads))]
    public void Each_limit_stops_the_upload_with_its_code(string @case, ImageFormat? format, long length, int alreadyOnPage, string? code)
    {
        Assert.False(string.IsNullOrEmpty(@case));
        var evidence = EligibilityEvidence.StartFor(Guid.NewGuid(), Now);
        for (var i = 0; i < alreadyOnPage; i++)
        {
            evidence.Attach(Guid.NewGuid(), EvidenceKind.Property, Image(), Open, Now);
        }

        if (code is null)
        {
            evidence.CheckCanAttach(EvidenceKind.Property, format, length, Open);
            return;
        }

        var exception = Assert.Throws<BusinessRuleValidationException>(() => evidence.CheckCanAttach(EvidenceKind.Property, format, length, Open));
        Assert.Equal(code, exception.Code);
    }

    [Fact]
    public void Six_on_one_page_leave_the_other_pages_free_and_a_detached_one_frees_its_place()
    {
        var evidence = EligibilityEvidence.StartFor(Guid.NewGuid(), Now);
        var ids = Enumerable.Range(0, 6).Select(_ => evidence.Attach(Guid.NewGuid(), EvidenceKind.Business, Image(), Open, Now).Id).ToList();
        var version = evidence.Version;

        var refused = Assert.Throws<BusinessRuleValidationException>(() => evidence.Attach(Guid.NewGuid(), EvidenceKind.Business, Image(), Open, Now));
        Assert.Equal("经商信息最多上传6张照片，请先删除不需要的照片", refused.Message);
        Assert.Equal(RuleKind.Conflict, refused.Error.Kind);
        evidence.Attach(Guid.NewGuid(), EvidenceKind.Employment, Image(), Open, Now);

        evidence.Detach(EvidenceKind.Business, ids[0], Open, Now);
        evidence.Attach(Guid.NewGuid(), EvidenceKind.Business, Image(), Open, Now);
        Assert.Equal(version + 3, evidence.Version);
        Assert.Throws<NotFoundException>(() => evidence.Detach(EvidenceKind.Employment, ids[1], Open, Now)); // another page's photo
    }

    [Fact]
    public void A_locked_application_takes_no_photo_but_its_deletion_removes_them_all()
    {
        var evidence = EligibilityEvidence.StartFor(Guid.NewGuid(), Now);
        evidence.Attach(Guid.NewGuid(), EvidenceKind.Property, Image(), Open, Now);
        var locked = Open with { Locked = true };

        Assert.Equal("application.locked", Assert.Throws<BusinessRuleValidationException>(() => evidence.Attach(Guid.NewGuid(), EvidenceKind.Property, Image(), locked, Now)).Code);
        Assert.Equal("season.closed", Assert.Throws<BusinessRuleValidationException>(() => evidence.CheckCanAttach(EvidenceKind.Property, ImageFormat.Jpeg, 1, Open with { SeasonOpen = false })).Code);

        Assert.Single(evidence.DetachAll(Now));
        Assert.Empty(evidence.Attachments);
        Assert.Empty(evidence.DetachAll(Now));
    }

    private static StoredImage Image() => new(ImageFormat.Jpeg, "a/b.jpg", "a/b.thumb.jpg", 1000, 64, 48);
}
