using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// Applications for the Review module's tests: a fresh school per test (so counts are exact whatever other
/// tests of the class made), parents who submit with chosen evidence pages saved, staff of a role and schools.
/// </summary>
internal sealed class ReviewScenario(EnrollmentApp app)
{
    public const string FatherMobile = "13838012345";

    public sealed record SchoolRef(Guid School, Guid Class, string Name);

    public sealed record Submitted(Guid Id, string StudentId, string FatherId, HttpClient Parent)
    {
        public string Location => $"/api/v1/applications/{Id}";
    }

    public static string Masked(string residentId) => residentId[..6] + "********" + residentId[^4..];

    public static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    public async Task<SchoolRef> CreateSchoolAsync(HttpClient admin, string kind = "Kindergarten")
    {
        var season = await Json.ReadAsync(await app.CreateClient().GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK);
        var name = (kind == "Kindergarten" ? "审核统计幼儿园" : "审核统计小学") + Guid.NewGuid().ToString("N")[..8];
        var school = await Json.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/schools", new { seasonId = season.GetProperty("id").GetGuid(), kind, name, classes = new[] { kind == "Kindergarten" ? "大一班" : "六年级一班" } }),
            HttpStatusCode.Created);
        return new SchoolRef(school.GetProperty("id").GetGuid(), school.GetProperty("classes")[0].GetProperty("id").GetGuid(), name);
    }

    /// <summary>
    /// A parent submits an application at <paramref name="school"/>: the father (and the householder) filled in,
    /// the evidence pages of <paramref name="evidence"/> saved with these bodies, every other one skipped.
    /// </summary>
    public async Task<Submitted> SubmitAsync(
        SchoolRef school,
        string name,
        IReadOnlyDictionary<string, Dictionary<string, object?>>? evidence = null,
        string? studentId = null,
        string? fatherId = null,
        string graduationType = "KindergartenGraduate",
        string fatherRegionCode = Wizard.DengfengVillage,
        Guid? parentId = null)
    {
        var parent = app.CreateParentClient(parentId ?? Guid.NewGuid());
        var started = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        studentId ??= graduationType == "KindergartenGraduate" ? TestIds.Primary2024() : TestIds.For(new DateOnly(2011, 9, 1).AddDays(Random.Shared.Next(0, 365)));
        await Json.ReadAsync(
            await parent.PutAsJsonAsync($"{location}/student", new { name, residentId = studentId, ethnicityCode = "01", graduationSchoolId = school.School, graduationClassId = school.Class }),
            HttpStatusCode.OK);
        fatherId ??= Wizard.FatherId();
        var father = Wizard.Parent("张伟", fatherId, fatherRegionCode);
        father["mobile"] = FatherMobile;
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father }), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", fatherId)), HttpStatusCode.OK);
        foreach (var (kind, body) in evidence ?? new Dictionary<string, Dictionary<string, object?>>())
        {
            await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/{kind}", body), HttpStatusCode.OK);
        }

        await Wizard.SkipEvidenceAsync(parent, location, [.. (evidence ?? new Dictionary<string, Dictionary<string, object?>>()).Keys]);
        await Json.ReadAsync(await parent.PostAsync($"{location}/submission", null), HttpStatusCode.OK);
        return new Submitted(Guid.Parse(location[(location.LastIndexOf('/') + 1)..]), studentId, fatherId, parent);
    }

    public async Task<HttpClient> StaffAsync(HttpClient admin, string role, params Guid[] schoolIds)
    {
        var userName = "rv" + Guid.NewGuid().ToString("N")[..10];
        const string password = "Review#2024x";
        await Json.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName, displayName = "审核员", password, role, schoolIds }),
            HttpStatusCode.Created);
        return await app.CreateStaffClientAsync(userName, password);
    }

    /// <summary>An integrator client (created by the admin with <paramref name="scopes"/>) holding a token for <paramref name="requested"/>.</summary>
    public async Task<HttpClient> IntegratorAsync(HttpClient admin, string[] scopes, string requested)
    {
        var created = await Json.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/clients", new { name = "学籍系统" + Guid.NewGuid().ToString("N")[..6], scopes }), HttpStatusCode.Created);
        var token = await Json.ReadAsync(
            await app.CreateClient().PostAsync("/api/v1/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = created.GetProperty("clientId").GetString()!,
                ["client_secret"] = created.GetProperty("clientSecret").GetString()!,
                ["scope"] = requested,
            })),
            HttpStatusCode.OK);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        return client;
    }

    /// <summary>Valid evidence bodies naming the father (张伟) and a Dengfeng community.</summary>
    public static Dictionary<string, object?> Property() => new()
    {
        ["holder"] = "Father",
        ["titleType"] = "RealEstateCertificate",
        ["certificateNumber"] = "豫(2023)登封市不动产权第0001234号",
        ["regionCode"] = Wizard.DengfengVillage,
        ["addressDetail"] = "中岳大街72号秀丽王府花园3号楼2单元101室",
        ["community"] = "秀丽王府花园",
    };

    public static Dictionary<string, object?> ResidencePermit(string validUntil = "2099-12-31") => new()
    {
        ["holder"] = "Father",
        ["permitNumber"] = "410185202300012345",
        ["regionCode"] = Wizard.DengfengVillage,
        ["addressDetail"] = "少林大道88号",
        ["validUntil"] = validUntil,
    };

    /// <summary>Page 7 naming the father; 社保编号 is the insured parent's resident ID.</summary>
    public static Dictionary<string, object?> Employment(string fatherId) => new()
    {
        ["parent"] = "Father",
        ["employer"] = "登封市某某建材有限公司",
        ["regionCode"] = Wizard.DengfengVillage,
        ["addressDetail"] = "中岳大街100号",
        ["socialInsuranceNumber"] = fatherId,
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
}
