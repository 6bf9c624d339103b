using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Enrollment.BuildingBlocks.Domain.Identifiers;
using MiniExcelLibs;

/// <summary>
/// Issue 11: a generated payment export (.xlsx, N rows: people × 12 months, two thirds 职工) uploaded to a running
/// host as the demo DistrictAdmin, followed to Completed; meanwhile a probe request every 200 ms, whose slowest answer
/// is reported. The host's memory is read by bench/social-insurance-import.sh from /proc.
/// </summary>
internal static class SocialInsuranceImport
{
    public static async Task RunAsync(string[] args)
    {
        var baseUrl = new Uri(args.ElementAtOrDefault(0) ?? throw new ArgumentException("usage: social-insurance-import <base url> [--rows 50000]"));
        var rows = args.SkipWhile(a => a != "--rows").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(50_000);

        var generate = Stopwatch.StartNew();
        var file = Xlsx(rows);
        Console.WriteLine($"generated {rows:N0} rows, {file.Length / 1024.0 / 1024.0:F1} MiB .xlsx in {generate.Elapsed.TotalSeconds:F1} s");

        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5) };
        (await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName = "admin", password = "Admin#2024" })).EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Add("X-CSRF-Token", cookies.GetCookies(baseUrl)["enrollment.staff.csrf"]!.Value);

        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "file", "社保缴费明细.xlsx");
        var total = Stopwatch.StartNew();
        var upload = await client.PostAsync("/api/v1/admin/social-insurance/imports", form);
        var uploadTime = total.Elapsed;
        if (upload.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"upload answered {(int)upload.StatusCode}: {await upload.Content.ReadAsStringAsync()}");
        }

        Console.WriteLine($"upload answered 202 in {uploadTime.TotalMilliseconds:F0} ms");
        var location = upload.Headers.Location!;
        using var probe = new HttpClient { BaseAddress = baseUrl };
        var slowest = TimeSpan.Zero;
        var probes = 0;
        JsonElement progress;
        while (true)
        {
            progress = await client.GetFromJsonAsync<JsonElement>(location);
            var status = progress.GetProperty("status").GetString();
            if (status is "Completed" or "Failed")
            {
                break;
            }

            var watch = Stopwatch.StartNew();
            (await probe.GetAsync("/api/v1/schools?graduationType=KindergartenGraduate")).EnsureSuccessStatusCode();
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            probes++;
            await Task.Delay(200);
        }

        var started = progress.GetProperty("startedAt").GetDateTimeOffset();
        var finished = progress.GetProperty("finishedAt").GetDateTimeOffset();
        Console.WriteLine($"status {progress.GetProperty("status").GetString()}: rows read {progress.GetProperty("rowsRead").GetInt32():N0}, accepted {progress.GetProperty("accepted").GetInt32():N0}, new {progress.GetProperty("newRecords").GetInt32():N0}, refused {progress.GetProperty("refused").GetInt32():N0}");
        Console.WriteLine($"job time (startedAt → finishedAt, server) {(finished - started).TotalSeconds:F1} s; upload → Completed seen by the client {total.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"{probes} probe requests (GET /api/v1/schools) while it ran, slowest {slowest.TotalMilliseconds:F0} ms");
    }

    private static byte[] Xlsx(int count)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(Rows(count), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static IEnumerable<Dictionary<string, object?>> Rows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var person = i / 12;
            var month = (i % 12) + 1;
            var body = $"410185{new DateOnly(1960, 1, 1).AddDays(person % 15000):yyyyMMdd}{(person / 15000) + 100:D3}";
            yield return new Dictionary<string, object?>
            {
                ["身份证号"] = body + ChineseIdentifiers.ResidentIdCheckCharacterOf(body),
                ["姓名"] = "参保人" + person.ToString(CultureInfo.InvariantCulture),
                ["险种类型"] = month % 3 == 0 ? "居民" : "职工",
                ["缴费月份"] = $"2024-{month:D2}",
                ["单位名称"] = "登封市某某建材有限公司",
            };
        }
    }
}
