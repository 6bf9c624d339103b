using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Enrollment.Testing;

namespace Enrollment.IntegrationTests;

/// <summary>Request bodies of the wizard's pages with valid defaults.</summary>
internal static class Wizard
{
    public const string DengfengVillage = "410185001001"; // 嵩阳街道 嵩溪园居委会
    public const string DengfengTown = "410185001000"; // 嵩阳街道
    public const string ZhengzhouStreet = "410102001000"; // 中原区 林山寨街道

    private static readonly ConcurrentDictionary<(EnrollmentApp, string), (Guid School, Guid Class)> Schools = new();

    /// <summary>The first listed school of the graduation type in the current season and its first class.</summary>
    public static async Task<(Guid School, Guid Class)> SchoolAsync(EnrollmentApp app, string graduationType = "KindergartenGraduate")
    {
        if (Schools.TryGetValue((app, graduationType), out var cached))
        {
            return cached;
        }

        var client = app.CreateClient();
        var schools = await Json.ReadAsync(await client.GetAsync($"/api/v1/schools?graduationType={graduationType}"), HttpStatusCode.OK);
        var school = schools[0].GetProperty("id").GetGuid();
        var classes = await Json.ReadAsync(await client.GetAsync($"/api/v1/schools/{school}/classes"), HttpStatusCode.OK);
        var found = (school, classes[0].GetProperty("id").GetGuid());
        Schools[(app, graduationType)] = found;
        return found;
    }

    public static async Task<Dictionary<string, object?>> StudentAsync(EnrollmentApp app, string name, string residentId, string graduationType = "KindergartenGraduate")
    {
        var (school, schoolClass) = await SchoolAsync(app, graduationType);
        return new Dictionary<string, object?>
        {
            ["name"] = name,
            ["residentId"] = residentId,
            ["ethnicityCode"] = "01",
            ["graduationSchoolId"] = school,
            ["graduationClassId"] = schoolClass,
        };
    }

    public static Dictionary<string, object?> Parent(string name, string residentId, string regionCode = DengfengVillage) => new()
    {
        ["name"] = name,
        ["residentId"] = residentId,
        ["mobile"] = "13838012345",
        ["regionCode"] = regionCode,
        ["addressDetail"] = "中岳大街72号",
    };

    public static Dictionary<string, object?> Household(string householderName, string householderId, string type = "Family", string regionCode = DengfengVillage, string? guardianOnSameBooklet = null) => new()
    {
        ["type"] = type,
        ["regionCode"] = regionCode,
        ["addressDetail"] = "中岳大街72号秀丽王府花园3号楼2单元101室",
        ["community"] = "秀丽王府花园",
        ["householder"] = new Dictionary<string, object?> { ["name"] = householderName, ["residentId"] = householderId, ["relation"] = "子" },
        ["guardianOnSameBooklet"] = guardianOnSameBooklet,
    };

    /// <summary>The evidence pages (5–11) as the API names them, in page order.</summary>
    public static readonly string[] EvidenceKinds = ["property", "residence-permit", "employment", "business", "preferential-care", "relocation", "long-term-residence"];

    /// <summary>「无此信息跳过」 on every evidence page but <paramref name="except"/>, so that the application can be submitted.</summary>
    public static async Task SkipEvidenceAsync(HttpClient parent, string location, params string[] except)
    {
        foreach (var kind in EvidenceKinds.Except(except))
        {
            await Json.ReadAsync(await parent.PostAsync($"{location}/evidence/{kind}/skip", null), HttpStatusCode.OK);
        }
    }

    public static string FatherId() => TestIds.For(new DateOnly(1988, 5, 1).AddDays(Random.Shared.Next(0, 3000)));

    public static string MotherId() => TestIds.For(new DateOnly(1990, 6, 2).AddDays(Random.Shared.Next(0, 3000)), male: false);

    public static Task<HttpResponseMessage> PutAsync(HttpClient client, string url, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }
}
