using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enrollment.Testing;
using SkiaSharp;
using Xunit;
using static Enrollment.IntegrationTests.EvidenceUploads;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The reviewer's detail shows pages 5–11 (saved fields, skipped pages) and their certificate photos, identifiers
/// masked until revealed; the photos download only within the reviewer's scope.
/// </summary>
public abstract class ReviewDetailEvidenceTests(AppFixture fixture)
{
    private const string PermitNumber = "410185202300012345";
    private const string RelocatedPersonId = "11010519491231002X";

    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    [SkippableFact]
    public async Task The_detail_shows_every_evidence_page_saved_or_skipped_with_identifiers_masked_and_the_reveal_unmasks_them()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var submitted = await scenario.SubmitAsync(school, "张小明", new Dictionary<string, Dictionary<string, object?>>
        {
            ["property"] = ReviewScenario.Property(),
            ["residence-permit"] = ReviewScenario.ResidencePermit(),
            ["relocation"] = ReviewScenario.Relocation(),
        },
        fatherRegionCode: Wizard.ZhengzhouStreet); // a residence permit is for a parent whose hukou is elsewhere
        var reviewer = await scenario.StaffAsync(admin, "SchoolReviewer", school.School);

        var response = await reviewer.GetAsync($"/api/v1/review/applications/{submitted.Id}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(PermitNumber, body, StringComparison.Ordinal);
        Assert.DoesNotContain(RelocatedPersonId, body, StringComparison.Ordinal);
        var evidence = JsonDocument.Parse(body).RootElement.GetProperty("evidence");
        Assert.Equal(Wizard.EvidenceKinds, evidence.EnumerateArray().Select(p => p.GetProperty("kind").GetString()));
        Assert.Equal(Enumerable.Range(5, 7), evidence.EnumerateArray().Select(p => p.GetProperty("page").GetInt32()));

        var property = Page(evidence, "property");
        Assert.Equal("Saved", property.GetProperty("state").GetString());
        Assert.Equal("房产信息", property.GetProperty("title").GetString());
        Assert.Equal("Father", property.GetProperty("fields").GetProperty("holder").GetString());
        Assert.Equal("秀丽王府花园", property.GetProperty("fields").GetProperty("community").GetString());
        Assert.NotEqual(JsonValueKind.Null, property.GetProperty("savedAt").ValueKind);
        var permit = Page(evidence, "residence-permit").GetProperty("fields");
        Assert.Equal("410185********2345", permit.GetProperty("permitNumber").GetString());
        Assert.Equal("2099-12-31", permit.GetProperty("validUntil").GetString());
        Assert.Equal("110105********002X", Page(evidence, "relocation").GetProperty("fields").GetProperty("relocatedPersonResidentId").GetString());
        var skipped = Page(evidence, "employment");
        Assert.Equal("Skipped", skipped.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, skipped.GetProperty("fields").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, skipped.GetProperty("skippedAt").ValueKind);

        var revealed = await Json.ReadAsync(
            await reviewer.PostAsJsonAsync($"/api/v1/review/applications/{submitted.Id}/reveal", new { reason = "核对居住证原件" }),
            HttpStatusCode.OK);
        var revealedEvidence = revealed.GetProperty("evidence");
        Assert.Equal(PermitNumber, Page(revealedEvidence, "residence-permit").GetProperty("fields").GetProperty("permitNumber").GetString());
        Assert.Equal(RelocatedPersonId, Page(revealedEvidence, "relocation").GetProperty("fields").GetProperty("relocatedPersonResidentId").GetString());
    }

    [SkippableFact]
    public async Task A_reviewer_downloads_the_photos_of_their_schools_and_another_school_s_reviewer_gets_404()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var other = await scenario.CreateSchoolAsync(admin);
        var submitted = await scenario.SubmitAsync(school, "张小明", new Dictionary<string, Dictionary<string, object?>> { ["property"] = ReviewScenario.Property() });
        var photo = await Json.ReadAsync(await UploadAsync(submitted.Parent, submitted.Location, "property", Jpeg()), HttpStatusCode.Created);
        var photoId = photo.GetProperty("id").GetGuid();
        var reviewer = await scenario.StaffAsync(admin, "SchoolReviewer", school.School);
        var stranger = await scenario.StaffAsync(admin, "SchoolReviewer", other.School);

        var detail = await Json.ReadAsync(await reviewer.GetAsync($"/api/v1/review/applications/{submitted.Id}"), HttpStatusCode.OK);
        var attachment = Assert.Single(Page(detail.GetProperty("evidence"), "property").GetProperty("attachments").EnumerateArray());
        Assert.Equal(photoId, attachment.GetProperty("id").GetGuid());
        Assert.Empty(Page(detail.GetProperty("evidence"), "residence-permit").GetProperty("attachments").EnumerateArray());
        var url = attachment.GetProperty("url").GetString()!;
        Assert.Equal($"/api/v1/review/applications/{submitted.Id}/attachments/{photoId}", url);

        var download = await reviewer.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        using (var image = SKBitmap.Decode(await download.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(64, image.Width);
        }

        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(attachment.GetProperty("thumbnailUrl").GetString())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
        Assert.Equal("not-found", (await Problem.ReadAsync(await stranger.GetAsync(url), HttpStatusCode.NotFound)).Code);
        Assert.Equal("not-found", (await Problem.ReadAsync(await reviewer.GetAsync($"/api/v1/review/applications/{submitted.Id}/attachments/{Guid.NewGuid()}"), HttpStatusCode.NotFound)).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync(url)).StatusCode);
    }

    private static JsonElement Page(JsonElement evidence, string kind) =>
        evidence.EnumerateArray().Single(p => p.GetProperty("kind").GetString() == kind);
}

public sealed class ReviewDetailEvidenceTests_Sqlite(SqliteFixture fixture) : ReviewDetailEvidenceTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ReviewDetailEvidenceTests_PostgreSql(PostgreSqlFixture fixture) : ReviewDetailEvidenceTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class ReviewDetailEvidenceTests_SqlServer(SqlServerFixture fixture) : ReviewDetailEvidenceTests(fixture), IClassFixture<SqlServerFixture>;
