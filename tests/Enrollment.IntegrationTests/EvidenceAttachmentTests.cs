using System.Net;
using System.Net.Http.Json;
using System.Text;
using Enrollment.Modules.Evidence.Infrastructure.Files;
using Enrollment.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SkiaSharp;
using Xunit;
using static Enrollment.IntegrationTests.EvidenceUploads;

namespace Enrollment.IntegrationTests;

/// <summary>Certificate photos over HTTP: recognised by their bytes, cleaned of EXIF, six per page, served only to the owner and reviewers in scope.</summary>
public abstract class EvidenceAttachmentTests(AppFixture fixture)
{
    private const string GpsMarker = "GPS-SECRET-34.4567N-113.0321E";

    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    /// <summary>An application with student, father and household saved; the evidence pages not yet answered.</summary>
    private async Task<(HttpClient Parent, string Location)> ApplicationAsync()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var response = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "张小明", TestIds.Primary2024())), HttpStatusCode.OK);
        var fatherId = Wizard.FatherId();
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("张伟", fatherId) }), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", fatherId)), HttpStatusCode.OK);
        return (parent, location);
    }


    /// <summary>The JPEG with an APP1 EXIF segment whose GPS directory holds a latitude reference and <see cref="GpsMarker"/>.</summary>
    private static byte[] JpegWithGpsExif()
    {
        var marker = Encoding.ASCII.GetBytes(GpsMarker + "\0");
        var tiff = new List<byte>();
        tiff.AddRange("II"u8.ToArray());
        tiff.AddRange(U16(42));
        tiff.AddRange(U32(8));
        tiff.AddRange(U16(1)); // IFD0: one entry, GPSInfo → the GPS directory at 26
        tiff.AddRange(U16(0x8825));
        tiff.AddRange(U16(4));
        tiff.AddRange(U32(1));
        tiff.AddRange(U32(26));
        tiff.AddRange(U32(0));
        tiff.AddRange(U16(2)); // GPS directory: GPSLatitudeRef "N", GPSMapDatum → the marker at 56
        tiff.AddRange(U16(0x0001));
        tiff.AddRange(U16(2));
        tiff.AddRange(U32(2));
        tiff.AddRange("N\0\0\0"u8.ToArray());
        tiff.AddRange(U16(0x0012));
        tiff.AddRange(U16(2));
        tiff.AddRange(U32((uint)marker.Length));
        tiff.AddRange(U32(56));
        tiff.AddRange(U32(0));
        tiff.AddRange(marker);

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var app1 = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF) }.Concat(payload);
        var jpeg = Jpeg();
        return [.. jpeg.Take(2), .. app1, .. jpeg.Skip(2)];

        static byte[] U16(ushort value) => BitConverter.GetBytes(value);
        static byte[] U32(uint value) => BitConverter.GetBytes(value);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    [SkippableFact]
    public async Task A_jpeg_with_gps_exif_is_stored_without_it_and_read_back_by_its_parent()
    {
        var (parent, location) = await ApplicationAsync();
        var upload = JpegWithGpsExif();
        Assert.True(Contains(upload, Encoding.ASCII.GetBytes(GpsMarker)));

        var created = await Json.ReadAsync(await UploadAsync(parent, location, "property", upload), HttpStatusCode.Created);
        Assert.Equal("image/jpeg", created.GetProperty("contentType").GetString());
        Assert.Equal(64, created.GetProperty("width").GetInt32());
        Assert.Equal(48, created.GetProperty("height").GetInt32());
        var id = created.GetProperty("id").GetGuid();

        var read = await parent.GetAsync($"{location}/evidence/property/attachments/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("image/jpeg", read.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", read.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        var stored = await read.Content.ReadAsByteArrayAsync();
        Assert.False(Contains(stored, Encoding.ASCII.GetBytes(GpsMarker)), "the GPS data survived");
        Assert.False(Contains(stored, "Exif\0\0"u8.ToArray()), "an EXIF segment survived");
        using (var decoded = SKBitmap.Decode(stored))
        {
            Assert.Equal(64, decoded.Width);
            Assert.Equal(48, decoded.Height);
        }

        var thumbnail = await parent.GetAsync($"{location}/evidence/property/attachments/{id}?thumbnail=true");
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);

        // And on disk: neither the picture nor its thumbnail holds the marker; files 0600.
        var root = App.Services.GetRequiredService<IOptions<EvidenceFilesOptions>>().Value.Root;
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(f => f.Contains(id.ToString("N"), StringComparison.Ordinal)).ToList();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.False(Contains(File.ReadAllBytes(f), Encoding.ASCII.GetBytes(GpsMarker))));
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in files)
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(files[0])!));
        }

        var list = await Json.ReadAsync(await parent.GetAsync($"{location}/evidence/property/attachments"), HttpStatusCode.OK);
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [SkippableTheory]
    [InlineData("photo.jpg", "image/jpeg")]
    [InlineData("photo.png", "image/png")]
    public async Task An_executable_renamed_as_a_picture_is_refused(string fileName, string contentType)
    {
        var (parent, location) = await ApplicationAsync();
        byte[] executable = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, .. new byte[200]];

        var problem = await Problem.ReadAsync(await UploadAsync(parent, location, "property", executable, fileName, contentType), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("evidence.attachment.not-an-image", problem.Code);
        Assert.Equal(["请上传JPG、PNG或WebP格式的照片"], problem.Errors["file"]);
        var list = await Json.ReadAsync(await parent.GetAsync($"{location}/evidence/property/attachments"), HttpStatusCode.OK);
        Assert.Equal(0, list.GetArrayLength());
    }

    [SkippableFact]
    public async Task A_png_and_a_webp_are_recognised_by_their_bytes_whatever_their_name()
    {
        var (parent, location) = await ApplicationAsync();
        using var bitmap = new SKBitmap(10, 10);
        bitmap.Erase(SKColors.Blue);
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        using var webp = image.Encode(SKEncodedImageFormat.Webp, 80);

        var first = await Json.ReadAsync(await UploadAsync(parent, location, "business", png.ToArray(), "scan.jpg", "application/octet-stream"), HttpStatusCode.Created);
        Assert.Equal("image/png", first.GetProperty("contentType").GetString());
        var second = await Json.ReadAsync(await UploadAsync(parent, location, "business", webp.ToArray(), "scan.bin", "application/octet-stream"), HttpStatusCode.Created);
        Assert.Equal("image/webp", second.GetProperty("contentType").GetString());
    }

    [SkippableFact]
    public async Task The_seventh_photo_of_a_page_is_refused_and_a_deleted_one_frees_its_place()
    {
        var (parent, location) = await ApplicationAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add((await Json.ReadAsync(await UploadAsync(parent, location, "employment", Jpeg()), HttpStatusCode.Created)).GetProperty("id").GetGuid());
        }

        var seventh = await Problem.ReadAsync(await UploadAsync(parent, location, "employment", Jpeg()), HttpStatusCode.Conflict);
        Assert.Equal("evidence.attachment.too-many", seventh.Code);
        Assert.Equal("务工信息最多上传6张照片，请先删除不需要的照片", seventh.Title);

        // Another page has its own six.
        await Json.ReadAsync(await UploadAsync(parent, location, "business", Jpeg()), HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.NoContent, (await parent.DeleteAsync($"{location}/evidence/employment/attachments/{ids[0]}")).StatusCode);
        await Problem.ReadAsync(await parent.GetAsync($"{location}/evidence/employment/attachments/{ids[0]}"), HttpStatusCode.NotFound);
        await Json.ReadAsync(await UploadAsync(parent, location, "employment", Jpeg()), HttpStatusCode.Created);
    }

    [SkippableFact]
    public async Task Another_parent_and_an_out_of_scope_reviewer_get_404_a_reviewer_in_scope_gets_the_photo()
    {
        var (parent, location) = await ApplicationAsync();
        var id = (await Json.ReadAsync(await UploadAsync(parent, location, "property", Jpeg()), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var applicationId = location[(location.LastIndexOf('/') + 1)..];

        var stranger = App.CreateParentClient(Guid.NewGuid());
        await Problem.ReadAsync(await stranger.GetAsync($"{location}/evidence/property/attachments/{id}"), HttpStatusCode.NotFound);
        await Problem.ReadAsync(await stranger.GetAsync($"{location}/evidence/property/attachments"), HttpStatusCode.NotFound);
        await Problem.ReadAsync(await stranger.DeleteAsync($"{location}/evidence/property/attachments/{id}"), HttpStatusCode.NotFound);

        await Wizard.SkipEvidenceAsync(parent, location);
        await Json.ReadAsync(await parent.PostAsync($"{location}/submission", null), HttpStatusCode.OK);

        var admin = await App.CreateAdminClientAsync();
        var (ownSchool, _) = await Wizard.SchoolAsync(App);
        var otherSchools = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/schools?graduationType=PrimaryGraduate"), HttpStatusCode.OK);
        var otherSchool = otherSchools[0].GetProperty("id").GetGuid();
        Assert.NotEqual(ownSchool, otherSchool);

        var outOfScope = await ReviewerAsync(admin, otherSchool);
        var review = $"/api/v1/review/applications/{applicationId}/evidence/attachments";
        await Problem.ReadAsync(await outOfScope.GetAsync($"{review}/{id}"), HttpStatusCode.NotFound);
        await Problem.ReadAsync(await outOfScope.GetAsync(review), HttpStatusCode.NotFound);

        var inScope = await ReviewerAsync(admin, ownSchool);
        var photo = await inScope.GetAsync($"{review}/{id}");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        var list = await Json.ReadAsync(await inScope.GetAsync(review), HttpStatusCode.OK);
        Assert.Equal("property", Assert.Single(list.EnumerateArray()).GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{review}/{id}?thumbnail=true")).StatusCode);

        // A parent is not staff.
        Assert.NotEqual(HttpStatusCode.OK, (await parent.GetAsync($"{review}/{id}")).StatusCode);
    }

    [SkippableFact]
    public async Task Deleting_the_application_deletes_its_photos()
    {
        var (parent, location) = await ApplicationAsync();
        var id = (await Json.ReadAsync(await UploadAsync(parent, location, "relocation", Jpeg()), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var root = App.Services.GetRequiredService<IOptions<EvidenceFilesOptions>>().Value.Root;
        var applicationId = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
        var folder = Path.Combine(root, applicationId.ToString("N"));
        Assert.True(Directory.Exists(folder));

        Assert.Equal(HttpStatusCode.NoContent, (await parent.DeleteAsync(location)).StatusCode);

        // Delivered through the outbox: wait for the files to go.
        for (var i = 0; i < 100 && Directory.Exists(folder); i++)
        {
            await Task.Delay(100);
        }

        Assert.False(Directory.Exists(folder), "the application's photos are still on disk");
        Assert.DoesNotContain(Directory.GetFiles(root, "*", SearchOption.AllDirectories), f => f.Contains(id.ToString("N"), StringComparison.Ordinal));
    }

    private async Task<HttpClient> ReviewerAsync(HttpClient admin, Guid school)
    {
        var userName = "ev" + Guid.NewGuid().ToString("N")[..10];
        const string password = "Review#2024x";
        await Json.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName, displayName = "审核员", password, role = "SchoolReviewer", schoolIds = new[] { school } }),
            HttpStatusCode.Created);
        return await App.CreateStaffClientAsync(userName, password);
    }
}

public sealed class EvidenceAttachmentTests_Sqlite(SqliteFixture fixture) : EvidenceAttachmentTests(fixture), IClassFixture<SqliteFixture>;

public sealed class EvidenceAttachmentTests_PostgreSql(PostgreSqlFixture fixture) : EvidenceAttachmentTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class EvidenceAttachmentTests_SqlServer(SqlServerFixture fixture) : EvidenceAttachmentTests(fixture), IClassFixture<SqlServerFixture>;
