using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// What a data scraper or a reader of the logs could get out of the platform (issue 12): masked answers of every
/// masked reader give no full resident ID back, the logs of a whole wizard-and-review run hold no ID, phone,
/// token, secret or SMS code, and the SQLite database and job store are the service account's alone.
/// </summary>
public abstract partial class PrivacyTests(AppFixture fixture)
{
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
    public async Task No_masked_answer_of_any_reader_can_be_combined_into_a_full_resident_id()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var fatherId = Wizard.FatherId();
        var submitted = await scenario.SubmitAsync(school, "张小明", Evidence(fatherId), fatherId: fatherId);
        var reviewer = await scenario.StaffAsync(admin, "SchoolReviewer", school.School);
        var auditor = await scenario.StaffAsync(admin, "Auditor");
        var integrator = await scenario.IntegratorAsync(admin, ["applications:read"], "applications:read");
        var detail = $"/api/v1/review/applications/{submitted.Id}";

        var answers = new Dictionary<string, string>
        {
            ["reviewer queue"] = await TextAsync(reviewer, $"/api/v1/review/applications?school={school.School}"),
            ["reviewer detail"] = await TextAsync(reviewer, detail),
            ["reviewer export"] = await SpreadsheetTextAsync(reviewer, $"/api/v1/review/applications/export?school={school.School}"),
            ["auditor queue"] = await TextAsync(auditor, $"/api/v1/review/applications?school={school.School}"),
            ["auditor detail"] = await TextAsync(auditor, detail),
            ["auditor audit trail"] = await TextAsync(auditor, $"/api/v1/review/audit?applicationId={submitted.Id}&pageSize=200"),
            ["integrator without applications:read:pii"] = await TextAsync(integrator, $"/api/v1/integration/applications/{submitted.Id}"),
            ["integrator's changes feed without applications:read:pii"] = await TextAsync(integrator, "/api/v1/integration/applications?limit=500"),
        };

        string[] people = [submitted.StudentId, fatherId, RelocatedPersonId];
        foreach (var (reader, answer) in answers)
        {
            foreach (var secret in people.Append(ReviewScenario.FatherMobile))
            {
                Assert.DoesNotContain(secret, answer, StringComparison.OrdinalIgnoreCase);
            }

            foreach (var person in people)
            {
                var masked = person[..6] + "********" + person[^4..];
                if (!answer.Contains(masked, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var (evidence, candidates) in Scraper.Guesses(masked, answer))
                {
                    Assert.False(
                        candidates.Contains(person) && candidates.Count < 10,
                        $"{reader}: {masked} with the {evidence} in the same answer leaves {candidates.Count} candidate(s), the true number among them");
                }
            }
        }

        // The masked answers did show the masked IDs (the scraper had something to work on).
        Assert.Contains(submitted.StudentId[..6] + "********" + submitted.StudentId[^4..], answers["reviewer detail"], StringComparison.Ordinal);
        Assert.Contains(RelocatedPersonId[..6] + "********" + RelocatedPersonId[^4..], answers["reviewer detail"], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_logs_of_a_wizard_a_return_an_acceptance_and_the_reads_hold_no_id_phone_token_secret_or_code()
    {
        _ = App;
        var logs = new CapturedLogs();
        await using var app = fixture.StartApp(fixture.ConnectionString, new Dictionary<string, string?>
        {
            // As verbose as an operator chasing a problem would make it.
            ["Logging:LogLevel:Default"] = "Debug",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information",
            ["Logging:LogLevel:Hangfire"] = "Debug",
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Debug",
        });
        app.TestServices = services => services.AddSingleton<ILoggerProvider>(logs);
        var scenario = new ReviewScenario(app);
        var admin = await app.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);

        // A parent binds a phone with an SMS code, then registers a child.
        var phone = "139" + Random.Shared.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        var parentOfPhone = app.CreateParentClient(Guid.NewGuid());
        await Json.ReadAsync(await parentOfPhone.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
        var inbox = await Json.ReadAsync(await app.CreateClient().GetAsync($"/_wechat-sim/inspect/sms?phone={phone}"), HttpStatusCode.OK);
        var code = CodeInSms().Match(inbox[0].GetProperty("text").GetString()!).Groups[1].Value;
        await Json.ReadAsync(await parentOfPhone.PutAsJsonAsync("/api/v1/me/phone", new { phone, code }), HttpStatusCode.OK);
        var fatherId = Wizard.FatherId();
        var submitted = await scenario.SubmitAsync(school, "张小明", Evidence(fatherId), fatherId: fatherId);

        // A reviewer searches by the ID, reads, reveals, returns; the parent resubmits; the reviewer accepts.
        var reviewer = await scenario.StaffAsync(admin, "SchoolReviewer", school.School);
        await Json.ReadAsync(await reviewer.GetAsync($"/api/v1/review/applications?q={submitted.StudentId}"), HttpStatusCode.OK);
        var detail = $"/api/v1/review/applications/{submitted.Id}";
        await Json.ReadAsync(await reviewer.GetAsync(detail), HttpStatusCode.OK);
        await Json.ReadAsync(await reviewer.PostAsJsonAsync($"{detail}/reveal", new { reason = "核实户籍信息" }), HttpStatusCode.OK);
        var reasons = await Json.ReadAsync(await reviewer.GetAsync("/api/v1/admin/return-reasons"), HttpStatusCode.OK);
        var reasonId = reasons[0].GetProperty("id").GetGuid();
        await Json.ReadAsync(
            await reviewer.PostAsJsonAsync($"{detail}/return", new { reasons = new[] { new { page = "guardians", field = "father.mobile", reasonId, note = "请核对" } } }),
            HttpStatusCode.OK);
        await Json.ReadAsync(await submitted.Parent.PostAsync($"{submitted.Location}/submission", null), HttpStatusCode.OK);
        await Json.ReadAsync(await reviewer.PostAsync($"{detail}/acceptance", null), HttpStatusCode.OK);

        // The admin exports in full; an integrator reads with the PII scope.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/review/applications/export?school={school.School}")).StatusCode);
        var integrator = await scenario.IntegratorAsync(admin, ["applications:read", "applications:read:pii"], "applications:read applications:read:pii");
        await Json.ReadAsync(await integrator.GetAsync($"/api/v1/integration/applications/{submitted.Id}"), HttpStatusCode.OK);
        var token = integrator.DefaultRequestHeaders.Authorization!.Parameter!;

        // Let the outbox and the jobs (history, social-insurance check) log what they log.
        await Task.Delay(TimeSpan.FromSeconds(2));
        // Trace and span ids are random hex: a run of digits inside one is no phone or ID, yet the patterns would see one.
        var text = HexToken().Replace(logs.Text, "<hex>");
        Assert.True(logs.Lines.Count > 50, $"only {logs.Lines.Count} log lines were captured");
        foreach (var (what, secret) in new[]
                 {
                     ("the child's resident ID", submitted.StudentId), ("the father's resident ID", fatherId), ("a relocated person's ID", RelocatedPersonId),
                     ("the father's phone", ReviewScenario.FatherMobile), ("the bound phone", phone), ("the integrator's token", token),
                     ("the WeChat app secret", "simulator-secret"), ("the staff password", "Review#2024x"),
                 })
        {
            var line = logs.Lines.FirstOrDefault(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.True(line is null, $"a log line holds {what}: {line}");
        }

        Assert.DoesNotMatch(new Regex($"(?<![0-9A-Fa-f]){code}(?![0-9A-Fa-f])"), text);
        Assert.DoesNotMatch(FullResidentId(), text);
        Assert.DoesNotMatch(FullMobile(), text);
        var query = logs.Lines.FirstOrDefault(l => SecretInQuery().IsMatch(l));
        Assert.True(query is null, $"a log line holds a secret of a query string: {query}");
    }

    private static Dictionary<string, Dictionary<string, object?>> Evidence(string fatherId) => new()
    {
        ["property"] = ReviewScenario.Property(),
        ["employment"] = ReviewScenario.Employment(fatherId),
        ["relocation"] = ReviewScenario.Relocation(),
    };

    private static async Task<string> TextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>All text of an .xlsx (its XML parts), as a scraper unzipping it would read it.</summary>
    private static async Task<string> SpreadsheetTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(await reader.ReadToEndAsync()).Append('\n');
        }

        return text.ToString();
    }

    [GeneratedRegex("验证码是([0-9]{6})")]
    private static partial Regex CodeInSms();

    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])")]
    private static partial Regex FullResidentId();

    // At least one letter: an ID or a phone is all digits and must stay to be found.
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?=[0-9]*[a-f])[0-9a-f]{16,}(?![0-9A-Za-z])")]
    private static partial Regex HexToken();

    [GeneratedRegex(@"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")]
    private static partial Regex FullMobile();

    [GeneratedRegex(@"[?&](secret|access_token|ticket|code)=[^&\s""]+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretInQuery();

    /// <summary>
    /// A data scraper's attempt: a masked resident ID (region + 8 stars + last 4) hides the birth date; every date,
    /// year-month or year elsewhere in the same answer is tried in its place, keeping the numbers whose check
    /// digit (GB 11643, ISO 7064 mod 11-2) is right.
    /// </summary>
    private static partial class Scraper
    {
        private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

        public static IEnumerable<(string Evidence, IReadOnlyCollection<string> Candidates)> Guesses(string masked, string answer)
        {
            var text = Guid().Replace(answer, " ");
            var days = Days().Matches(text).Select(m => Date(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value)).OfType<DateOnly>();
            var months = Months().Matches(text).Select(m => Date(m.Groups["y"].Value, m.Groups["m"].Value, "1")).OfType<DateOnly>()
                .SelectMany(first => Enumerable.Range(0, DateTime.DaysInMonth(first.Year, first.Month)).Select(first.AddDays));
            var years = Years().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct()
                .SelectMany(y => Enumerable.Range(0, DateTime.IsLeapYear(y) ? 366 : 365).Select(d => new DateOnly(y, 1, 1).AddDays(d)));
            yield return ("full dates", Candidates(masked, days));
            yield return ("year-months", Candidates(masked, months));
            yield return ("years", Candidates(masked, years));
        }

        private static HashSet<string> Candidates(string masked, IEnumerable<DateOnly> dates) =>
        [
            .. dates.Select(d => masked[..6] + d.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + masked[^4..]).Where(CheckDigitIsRight),
        ];

        private static bool CheckDigitIsRight(string id)
        {
            var sum = 0;
            for (var i = 0; i < 17; i++)
            {
                sum += (id[i] - '0') * Weights[i];
            }

            return "10X98765432"[sum % 11] == char.ToUpperInvariant(id[17]);
        }

        private static DateOnly? Date(string year, string month, string day) =>
            DateOnly.TryParseExact($"{year}-{int.Parse(month, CultureInfo.InvariantCulture):D2}-{int.Parse(day, CultureInfo.InvariantCulture):D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

        [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
        private static partial Regex Guid();

        [GeneratedRegex(@"(?<![0-9])(?<y>(19|20)[0-9]{2})(?:[-/.年](?<m>[0-9]{1,2})[-/.月](?<d>[0-9]{1,2})|(?<m>[0-9]{2})(?<d>[0-9]{2}))(?![0-9])")]
        private static partial Regex Days();

        [GeneratedRegex(@"(?<![0-9])(?<y>(19|20)[0-9]{2})(?:[-/.年](?<m>[0-9]{1,2})(?![0-9])(?![-/.月][0-9])|(?<m>[0-9]{2})(?![0-9]))")]
        private static partial Regex Months();

        [GeneratedRegex(@"(?<![0-9])(19|20)[0-9]{2}(?![0-9])")]
        private static partial Regex Years();
    }
}

/// <summary>The embedded SQLite mode's files: the database, its WAL and the job store are the service account's alone.</summary>
public sealed class PrivateFilesTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_sqlite_database_and_the_job_store_are_the_service_accounts_alone()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"enrollment-files-{Guid.NewGuid():N}", "data");
        var legacy = Path.Combine(Path.GetTempPath(), $"enrollment-files-{Guid.NewGuid():N}");
        try
        {
            // A fresh folder: created 0700 with the files 0600.
            await using (var app = fixture.StartApp($"Data Source={Path.Combine(folder, "enrollment.db")}", new Dictionary<string, string?> { ["Jobs:SqlitePath"] = Path.Combine(folder, "enrollment.jobs.db") }))
            {
                Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/api/v1/seasons/current")).StatusCode);
                Assert.Equal(PrivateFiles.FolderMode, File.GetUnixFileMode(folder));
                foreach (var file in Directory.GetFiles(folder))
                {
                    Assert.True(PrivateFiles.FileMode == File.GetUnixFileMode(file), $"{Path.GetFileName(file)} is {File.GetUnixFileMode(file)}");
                }

                Assert.Contains(Directory.GetFiles(folder), f => f.EndsWith("enrollment.db-wal", StringComparison.Ordinal));
            }

            // A database left readable by an earlier version is tightened at start.
            Directory.CreateDirectory(legacy);
            var old = Path.Combine(legacy, "enrollment.db");
            await File.WriteAllBytesAsync(old, []);
            File.SetUnixFileMode(old, PrivateFiles.FileMode | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            await using (var app = fixture.StartApp($"Data Source={old}", new Dictionary<string, string?> { ["Jobs:SqlitePath"] = Path.Combine(legacy, "enrollment.jobs.db") }))
            {
                Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/api/v1/seasons/current")).StatusCode);
                Assert.Equal(PrivateFiles.FileMode, File.GetUnixFileMode(old));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var root in new[] { Path.GetDirectoryName(folder)!, legacy })
            {
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }
            }
        }
    }
}

public sealed class PrivacyTests_Sqlite(SqliteFixture fixture) : PrivacyTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PrivacyTests_PostgreSql(PostgreSqlFixture fixture) : PrivacyTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class PrivacyTests_SqlServer(SqlServerFixture fixture) : PrivacyTests(fixture), IClassFixture<SqlServerFixture>;
