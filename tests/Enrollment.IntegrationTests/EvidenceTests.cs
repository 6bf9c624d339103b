using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Testing;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>Pages 5–11 (eligibility evidence) over HTTP: save, skip, read back, and every refusal.</summary>
public abstract class EvidenceTests(AppFixture fixture)
{
    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    // 林山寨街道, 中原区, 郑州市: outside the home county a street is the last level an address needs.
    private const string ZhengzhouStreet = "410102001000";

    /// <summary>
    /// An application with the student and a father (张伟, hukou in Zhengzhou: a residence permit is his
    /// evidence) saved; the mother is not filled.
    /// </summary>
    private async Task<(HttpClient Parent, string Location, string FatherId)> WithFatherAsync(HttpClient? parent = null, string fatherHukouRegion = ZhengzhouStreet)
    {
        parent ??= App.CreateParentClient(Guid.NewGuid());
        var response = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "张小明", TestIds.Primary2024())), HttpStatusCode.OK);
        var fatherId = Wizard.FatherId();
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("张伟", fatherId, fatherHukouRegion) }), HttpStatusCode.OK);
        return (parent, location, fatherId);
    }

    public static TheoryData<string, Dictionary<string, object?>> EveryKind() => new()
    {
        { "property", Bodies.Property() },
        { "residence-permit", Bodies.ResidencePermit() },
        { "employment", Bodies.Employment() },
        { "business", Bodies.Business() },
        { "preferential-care", Bodies.PreferentialCare() },
        { "relocation", Bodies.Relocation() },
        { "long-term-residence", Bodies.LongTermResidence() },
    };

    private static JsonElement PageOf(JsonElement overview, string kind) =>
        overview.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == kind);

    [SkippableTheory]
    [MemberData(nameof(EveryKind))]
    public async Task Each_page_is_saved_and_read_back(string kind, Dictionary<string, object?> body)
    {
        var (parent, location, _) = await WithFatherAsync();

        var saved = await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/{kind}", body), HttpStatusCode.OK);
        Assert.EndsWith("保存成功", saved.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Saved", saved.GetProperty("page").GetProperty("state").GetString());

        var overview = await Json.ReadAsync(await parent.GetAsync($"{location}/evidence"), HttpStatusCode.OK);
        Assert.Equal(7, overview.GetProperty("pages").GetArrayLength());
        var page = PageOf(overview, kind);
        Assert.Equal("Saved", page.GetProperty("state").GetString());
        var fields = page.GetProperty("fields");
        foreach (var (name, value) in body)
        {
            Assert.Equal(value?.ToString(), fields.GetProperty(name).ToString());
        }

        Assert.Contains("登封市", fields.GetProperty("regionName").GetString(), StringComparison.Ordinal);
        Assert.All(
            overview.GetProperty("pages").EnumerateArray().Where(p => p.GetProperty("kind").GetString() != kind),
            p => Assert.Equal("NotAnswered", p.GetProperty("state").GetString()));
    }

    [SkippableFact]
    public async Task A_skip_is_recorded_and_replaced_by_a_later_save_and_the_other_way_round()
    {
        var (parent, location, _) = await WithFatherAsync();

        var skipped = await Json.ReadAsync(await parent.PostAsync($"{location}/evidence/property/skip", null), HttpStatusCode.OK);
        Assert.Equal("Skipped", skipped.GetProperty("page").GetProperty("state").GetString());
        var page = PageOf(await Json.ReadAsync(await parent.GetAsync($"{location}/evidence"), HttpStatusCode.OK), "property");
        Assert.Equal("Skipped", page.GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, page.GetProperty("skippedAt").ValueKind);

        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/property", Bodies.Property()), HttpStatusCode.OK);
        page = PageOf(await Json.ReadAsync(await parent.GetAsync($"{location}/evidence"), HttpStatusCode.OK), "property");
        Assert.Equal("Saved", page.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("skippedAt").ValueKind);

        await Json.ReadAsync(await parent.PostAsync($"{location}/evidence/property/skip", null), HttpStatusCode.OK);
        page = PageOf(await Json.ReadAsync(await parent.GetAsync($"{location}/evidence"), HttpStatusCode.OK), "property");
        Assert.Equal("Skipped", page.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("fields").ValueKind);
    }

    [SkippableFact]
    public async Task The_openapi_document_has_an_example_for_every_kind_and_the_evidence_codes()
    {
        var document = await Json.ReadAsync(await App.CreateClient().GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var paths = document.GetProperty("paths");
        foreach (var kind in new[] { "property", "residence-permit", "employment", "business", "preferential-care", "relocation", "long-term-residence" })
        {
            var put = paths.GetProperty($"/api/v1/applications/{{id}}/evidence/{kind}").GetProperty("put");
            Assert.False(string.IsNullOrEmpty(put.GetProperty("summary").GetString()));
            Assert.True(put.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _), kind);
            var responses = put.GetProperty("responses");
            Assert.True(responses.GetProperty("403").GetProperty("content").GetProperty("application/problem+json").GetProperty("examples").TryGetProperty("agreement.required", out _), kind);
            Assert.True(responses.GetProperty("409").GetProperty("content").GetProperty("application/problem+json").GetProperty("examples").TryGetProperty("application.locked", out _), kind);
            Assert.True(responses.GetProperty("422").GetProperty("content").GetProperty("application/problem+json").GetProperty("examples").TryGetProperty("region.too-shallow", out _), kind);
        }

        var permit = paths.GetProperty("/api/v1/applications/{id}/evidence/residence-permit").GetProperty("put").GetProperty("responses").GetProperty("422")
            .GetProperty("content").GetProperty("application/problem+json").GetProperty("examples");
        Assert.True(permit.TryGetProperty("evidence.residence-permit.expired", out _));
        Assert.True(paths.GetProperty("/api/v1/applications/{id}/evidence/{kind}/skip").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/applications/{id}/evidence").TryGetProperty("get", out _));
    }

    [SkippableFact]
    public async Task Saves_and_skips_reach_the_reviewers_history_through_the_outbox()
    {
        var (parent, location, _) = await WithFatherAsync();
        var applicationId = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/relocation", Bodies.Relocation()), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PostAsync($"{location}/evidence/long-term-residence/skip", null), HttpStatusCode.OK);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<string> events;
        while (true)
        {
            events = await HistoryAsync(applicationId);
            if (events.Contains("EvidenceSaved:relocation") && events.Contains("EvidenceSkipped:long-term-residence"))
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, "History: " + string.Join(", ", events));
            await Task.Delay(100);
        }
    }

    private async Task<List<string>> HistoryAsync(Guid applicationId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var review = scope.ServiceProvider.GetServices<ModuleDbContext>().Single(c => c.Schema == "review");
        var rows = await review.Database
            .SqlQueryRaw<HistoryRow>(review.Database.IsSqlite()
                ? "SELECT \"ApplicationId\", \"Event\" FROM \"review_ApplicationHistory\""
                : review.Database.IsNpgsql()
                    ? "SELECT \"ApplicationId\", \"Event\" FROM review.\"ApplicationHistory\""
                    : "SELECT [ApplicationId], [Event] FROM review.[ApplicationHistory]")
            .ToListAsync();
        return [.. rows.Where(r => r.ApplicationId == applicationId).Select(r => r.Event)];
    }

    private sealed record HistoryRow(Guid ApplicationId, string Event);

    [SkippableFact]
    public async Task Writes_made_on_an_older_version_are_refused_with_412()
    {
        var (parent, location, _) = await WithFatherAsync();
        var empty = await parent.GetAsync($"{location}/evidence");
        Assert.Equal("\"0\"", empty.Headers.ETag?.Tag);

        var first = await Wizard.PutAsync(parent, $"{location}/evidence/business", Bodies.Business(), ifMatch: "\"0\"");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"1\"", first.Headers.ETag?.Tag);

        var stale = await Problem.ReadAsync(await Wizard.PutAsync(parent, $"{location}/evidence/business", Bodies.Business(), ifMatch: "\"0\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal("concurrency.conflict", stale.Code);

        using var skip = new HttpRequestMessage(HttpMethod.Post, $"{location}/evidence/business/skip");
        skip.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var skipped = await parent.SendAsync(skip);
        Assert.Equal(HttpStatusCode.OK, skipped.StatusCode);
        Assert.Equal("\"2\"", skipped.Headers.ETag?.Tag);
        Assert.Equal("\"2\"", (await parent.GetAsync($"{location}/evidence")).Headers.ETag?.Tag);
    }

    [SkippableFact]
    public async Task A_holder_not_on_the_guardians_page_is_refused()
    {
        var (parent, location, _) = await WithFatherAsync();
        var body = Bodies.Property();
        body["holder"] = "Mother";
        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/property", body), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("evidence.holder.not-guardian", problem.Code);
        Assert.Equal(["产权人须为学生父母：学生父母信息中未填写母亲的信息，请先填写"], problem.Errors["holder"]);
    }

    [SkippableFact]
    public async Task A_business_licence_with_a_wrong_check_character_is_refused_on_its_field()
    {
        var (parent, location, _) = await WithFatherAsync();
        var body = Bodies.Business();
        body["businessLicence"] = "91512081MA62K0260F";
        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/business", body), HttpStatusCode.BadRequest);
        Assert.Equal(["营业执照：统一社会信用代码校验位错误，请核对是否填写有误"], problem.Errors["businessLicence"]);
    }

    [SkippableFact]
    public async Task A_parent_with_a_local_hukou_gives_no_residence_permit()
    {
        var (parent, location, _) = await WithFatherAsync(fatherHukouRegion: Wizard.DengfengVillage);
        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/residence-permit", Bodies.ResidencePermit()), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("evidence.residence-permit.local-hukou", problem.Code);
        Assert.Equal(["持证人：户籍在本地的家长无须填写居住证信息，请点击「无此信息跳过」"], problem.Errors["holder"]);
        await Json.ReadAsync(await parent.PostAsync($"{location}/evidence/residence-permit/skip", null), HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task A_permit_expired_before_the_policy_date_is_refused()
    {
        var (parent, location, _) = await WithFatherAsync();
        var body = Bodies.ResidencePermit();
        body["validUntil"] = "2020-01-01";
        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/residence-permit", body), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("evidence.residence-permit.expired", problem.Code);
        Assert.StartsWith("有效期限：居住证须在", problem.Errors["validUntil"][0], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_dengfeng_address_must_reach_the_village_level()
    {
        var (parent, location, _) = await WithFatherAsync();
        var body = Bodies.PreferentialCare();
        body["regionCode"] = Wizard.DengfengTown;
        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/preferential-care", body), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("region.too-shallow", problem.Code);
        Assert.Equal(["地址请选择到村（社区）居委会"], problem.Errors["regionCode"]);
    }

    [SkippableFact]
    public async Task Missing_fields_answer_400_in_chinese_per_field()
    {
        var (parent, location, _) = await WithFatherAsync();
        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/long-term-residence", new { owner = "Uncle", paymentType = "Oil" }), HttpStatusCode.BadRequest);
        Assert.Equal(["户主：请选择父亲或母亲"], problem.Errors["owner"]);
        Assert.Equal(["请选择缴费类型（水、电、燃气）"], problem.Errors["paymentType"]);
        Assert.Equal(["请填写户号"], problem.Errors["accountNumber"]);
        Assert.Equal(["请选择居住地址所在地区"], problem.Errors["regionCode"]);
    }

    [SkippableFact]
    public async Task Another_parents_application_and_an_unknown_kind_answer_404()
    {
        var (_, location, _) = await WithFatherAsync();
        var stranger = App.CreateParentClient(Guid.NewGuid());
        await Problem.ReadAsync(await stranger.PutAsJsonAsync($"{location}/evidence/property", Bodies.Property()), HttpStatusCode.NotFound);
        await Problem.ReadAsync(await stranger.PostAsync($"{location}/evidence/property/skip", null), HttpStatusCode.NotFound);
        await Problem.ReadAsync(await stranger.GetAsync($"{location}/evidence"), HttpStatusCode.NotFound);

        var (parent, own, _) = await WithFatherAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await parent.PutAsJsonAsync($"{own}/evidence/pets", Bodies.Property())).StatusCode);
        await Problem.ReadAsync(await parent.PostAsync($"{own}/evidence/pets/skip", null), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Without_consent_to_the_current_agreement_nothing_is_written()
    {
        var parent = App.CreateParentClient(Guid.NewGuid(), acceptAgreement: false);
        var location = $"/api/v1/applications/{Guid.NewGuid()}";
        var put = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/property", Bodies.Property()), HttpStatusCode.Forbidden);
        Assert.Equal("agreement.required", put.Code);
        var skip = await Problem.ReadAsync(await parent.PostAsync($"{location}/evidence/business/skip", null), HttpStatusCode.Forbidden);
        Assert.Equal("agreement.required", skip.Code);
    }

    [SkippableFact]
    public async Task Submission_is_refused_while_a_page_is_neither_saved_nor_skipped_and_accepted_once_it_is_skipped()
    {
        var (parent, location, fatherId) = await WithFatherAsync();
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", fatherId)), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/employment", Bodies.Employment()), HttpStatusCode.OK);
        await Wizard.SkipEvidenceAsync(parent, location, "employment", "long-term-residence");

        var refused = await Problem.ReadAsync(await parent.PostAsync($"{location}/submission", null), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("application.evidence-unanswered", refused.Code);
        Assert.Equal("请填写或跳过：长期居住信息", refused.Title);
        var draft = await Json.ReadAsync(await parent.GetAsync(location), HttpStatusCode.OK);
        Assert.Equal("填写中", draft.GetProperty("statusText").GetString());

        await Json.ReadAsync(await parent.PostAsync($"{location}/evidence/long-term-residence/skip", null), HttpStatusCode.OK);
        var submitted = await Json.ReadAsync(await parent.PostAsync($"{location}/submission", null), HttpStatusCode.OK);
        Assert.Equal("审核中", submitted.GetProperty("application").GetProperty("statusText").GetString());
    }

    [SkippableFact]
    public async Task Submission_names_every_unanswered_page_in_page_order()
    {
        var (parent, location, fatherId) = await WithFatherAsync();
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", fatherId)), HttpStatusCode.OK);

        var refused = await Problem.ReadAsync(await parent.PostAsync($"{location}/submission", null), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请填写或跳过：房产信息、居住证信息、务工信息、经商信息、政策（优抚）照顾信息、拆迁安置协议信息、长期居住信息", refused.Title);
    }

    [SkippableTheory]
    [InlineData("RealEstateCertificate", "0001234", "产权编号：不动产权证号格式应为「省简称(年份)市县名称不动产权第7位数字号」，如：豫(2020)登封市不动产权第0001234号")]
    [InlineData("LandUseCertificate", "豫(2020)登封市不动产权第0001234", "产权编号：土地使用证号格式应为「简称(年份)第…号」，如：登国用(2010)第0123号")]
    [InlineData("OnlinePurchaseContract", "网签0012345", "产权编号：只能由数字、字母和“-”组成")]
    public async Task A_certificate_number_not_of_its_types_format_is_refused_on_its_field(string titleType, string number, string message)
    {
        var (parent, location, _) = await WithFatherAsync();
        var body = Bodies.Property();
        body["titleType"] = titleType;
        body["certificateNumber"] = number;

        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/property", body), HttpStatusCode.BadRequest);
        Assert.Equal("validation.failed", problem.Code);
        Assert.Equal([message], problem.Errors["certificateNumber"]);
    }

    [SkippableFact]
    public async Task A_certificate_number_is_stored_half_width_and_upper_case()
    {
        var (parent, location, _) = await WithFatherAsync();
        var body = Bodies.Property();
        body["certificateNumber"] = "豫（２０２０）登封市不动产权第０００１２３４号";

        var saved = await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/property", body), HttpStatusCode.OK);
        Assert.Equal("豫(2020)登封市不动产权第0001234号", saved.GetProperty("page").GetProperty("fields").GetProperty("certificateNumber").GetString());
    }

    [SkippableFact]
    public async Task An_accepted_application_is_locked()
    {
        var (parent, location, fatherId) = await WithFatherAsync();
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/employment", Bodies.Employment()), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", fatherId)), HttpStatusCode.OK);
        await Wizard.SkipEvidenceAsync(parent, location, "employment");
        await Json.ReadAsync(await parent.PostAsync($"{location}/submission", null), HttpStatusCode.OK);
        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new AcceptApplicationCommand(Guid.Parse(location[(location.LastIndexOf('/') + 1)..])));
        }

        var put = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/property", Bodies.Property()), HttpStatusCode.Conflict);
        Assert.Equal("application.locked", put.Code);
        var skip = await Problem.ReadAsync(await parent.PostAsync($"{location}/evidence/employment/skip", null), HttpStatusCode.Conflict);
        Assert.Equal("application.locked", skip.Code);
        var page = PageOf(await Json.ReadAsync(await parent.GetAsync($"{location}/evidence"), HttpStatusCode.OK), "employment");
        Assert.Equal("Saved", page.GetProperty("state").GetString());
    }

    /// <summary>Valid request bodies per kind, naming the father (张伟) and a Dengfeng community.</summary>
    private static class Bodies
    {
        public static Dictionary<string, object?> Property() => new()
        {
            ["holder"] = "Father",
            ["titleType"] = "RealEstateCertificate",
            ["certificateNumber"] = "豫(2023)登封市不动产权第0001234号",
            ["regionCode"] = Wizard.DengfengVillage,
            ["addressDetail"] = "中岳大街72号秀丽王府花园3号楼2单元101室",
            ["community"] = "秀丽王府花园",
        };

        public static Dictionary<string, object?> ResidencePermit() => new()
        {
            ["holder"] = "Father",
            ["permitNumber"] = "410185202300012345",
            ["regionCode"] = Wizard.DengfengVillage,
            ["addressDetail"] = "少林大道88号",
            ["validUntil"] = "2099-12-31",
        };

        public static Dictionary<string, object?> Employment() => new()
        {
            ["parent"] = "Father",
            ["employer"] = "登封市某某建材有限公司",
            ["regionCode"] = Wizard.DengfengVillage,
            ["addressDetail"] = "中岳大街100号",
            ["socialInsuranceNumber"] = "4101850012345678",
        };

        public static Dictionary<string, object?> Business() => new()
        {
            ["parent"] = "Father",
            ["businessLicence"] = "9131000063159284XQ",
            ["regionCode"] = Wizard.DengfengVillage,
            ["addressDetail"] = "中岳大街66号",
        };

        public static Dictionary<string, object?> PreferentialCare() => new()
        {
            ["recipient"] = "Father",
            ["certificateNumber"] = "豫优0012345",
            ["regionCode"] = Wizard.DengfengVillage,
            ["addressDetail"] = "中岳大街72号",
            ["community"] = "秀丽王府花园",
        };

        public static Dictionary<string, object?> Relocation() => new()
        {
            ["relocatedPersonName"] = "张建国",
            ["relocatedPersonResidentId"] = "11010519491231002X",
            ["agreementNumber"] = "DF-CQ-2021-0088",
            ["regionCode"] = Wizard.DengfengVillage,
            ["addressDetail"] = "嵩阳路安置小区5号楼",
            ["community"] = "嵩阳安置小区",
        };

        public static Dictionary<string, object?> LongTermResidence() => new()
        {
            ["owner"] = "Father",
            ["paymentType"] = "Electricity",
            ["accountNumber"] = "0301234567",
            ["accountHolderName"] = "张伟",
            ["regionCode"] = Wizard.DengfengVillage,
            ["addressDetail"] = "中岳大街72号",
            ["community"] = "秀丽王府花园",
        };
    }
}

public sealed class EvidenceTests_Sqlite(SqliteFixture fixture) : EvidenceTests(fixture), IClassFixture<SqliteFixture>;

public sealed class EvidenceTests_PostgreSql(PostgreSqlFixture fixture) : EvidenceTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class EvidenceTests_SqlServer(SqlServerFixture fixture) : EvidenceTests(fixture), IClassFixture<SqlServerFixture>;
