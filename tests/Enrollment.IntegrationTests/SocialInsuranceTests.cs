using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enrollment.BuildingBlocks.Domain.Identifiers;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Evidence.Infrastructure.Persistence;
using Enrollment.Modules.Evidence.Infrastructure.SocialInsurance;
using Enrollment.Testing;
using Hangfire;
using Hangfire.Client;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The bureau's payment export imported by a DistrictAdmin over HTTP, read by a Hangfire job, and the period check
/// (2024-02 … 2024-06 in the test season) it sets off for every application with a 务工 or 经商 page.
/// </summary>
public abstract class SocialInsuranceTests(AppFixture fixture)
{
    private const string Imports = "/api/v1/admin/social-insurance/imports";
    private static readonly string[] Period = ["2024-02", "2024-03", "2024-04", "2024-05", "2024-06"];
    private static int _person = Random.Shared.Next(0, 5000);

    static SocialInsuranceTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        GlobalJobFilters.Filters.Add(CheckJobsCreated.Instance);
    }

    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    [SkippableFact]
    public async Task A_50000_row_import_gives_every_affected_application_its_outcome_while_requests_are_answered()
    {
        var passed = await ApplicationAsync(App, "employment");
        var missing = await ApplicationAsync(App, "employment");
        var residentOnly = await ApplicationAsync(App, "business", mother: true);
        var none = await ApplicationAsync(App, "business");

        // Saving the page already checked it: nothing on record yet.
        foreach (var application in new[] { passed, missing, residentOnly, none })
        {
            Assert.Equal("NoRecords", (await OutcomeAsync(App, application.Id, o => o.Result == "NoRecords")).Result);
        }

        var rows = new List<string?[]>();
        rows.AddRange(Months(passed.ParentId, "张伟", "职工", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07"));
        rows.AddRange(Months(missing.ParentId, "张伟", "职工", "2024-02", "2024-04", "2024-05", "2024-06"));
        rows.AddRange(Months(residentOnly.ParentId, "李娜", "居民", Period));
        var valid = FillerId(40_000);
        rows.Add([valid[..17] + (valid[17] == '0' ? '1' : '0'), "坏校验", "职工", "2024-03", "某公司"]);
        rows.Add([NewId(), "王五", "农保", "2024-03", "某公司"]);
        rows.Add([NewId(), "赵六", "职工", "2024-13", "某公司"]);
        var filler = 0;
        while (rows.Count < 50_000)
        {
            var id = FillerId(filler++);
            for (var month = 1; month <= 12 && rows.Count < 50_000; month++)
            {
                rows.Add([id, "参保人" + filler, month % 3 == 0 ? "居民" : "职工", $"2024-{month:D2}", "登封市某某有限公司"]);
            }
        }

        var admin = await App.CreateAdminClientAsync();
        var upload = await UploadAsync(admin, Xlsx(rows), "社保缴费明细.xlsx");
        var queued = await Json.ReadAsync(upload, HttpStatusCode.Accepted);
        Assert.NotEqual("Completed", queued.GetProperty("status").GetString());
        var location = upload.Headers.Location!.OriginalString;

        // While the job reads the file, other requests are answered, quickly.
        var answeredWhileRunning = 0;
        var watch = Stopwatch.StartNew();
        JsonElement progress;
        while (true)
        {
            progress = await Json.ReadAsync(await admin.GetAsync(location), HttpStatusCode.OK);
            var status = progress.GetProperty("status").GetString();
            if (status is "Completed" or "Failed")
            {
                break;
            }

            var schools = await App.CreateClient().GetAsync("/api/v1/schools?graduationType=KindergartenGraduate");
            Assert.Equal(HttpStatusCode.OK, schools.StatusCode);
            var after = await Json.ReadAsync(await admin.GetAsync(location), HttpStatusCode.OK);
            if (after.GetProperty("status").GetString() is "Queued" or "Running")
            {
                answeredWhileRunning++;
            }

            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(4), "The import did not finish in four minutes.");
            await Task.Delay(100);
        }

        Assert.True(answeredWhileRunning > 0, "No request was answered while the import ran.");
        Assert.Equal("Completed", progress.GetProperty("status").GetString());
        Assert.Equal(50_000, progress.GetProperty("rowsRead").GetInt32());
        Assert.Equal(49_997, progress.GetProperty("accepted").GetInt32());
        Assert.Equal(3, progress.GetProperty("refused").GetInt32());
        var refusals = progress.GetProperty("refusals").EnumerateArray().ToList();
        Assert.Equal([rows.FindIndex(r => r[1] == "坏校验") + 2, rows.FindIndex(r => r[1] == "王五") + 2, rows.FindIndex(r => r[1] == "赵六") + 2], refusals.Select(r => r.GetProperty("row").GetInt32()).ToArray());
        Assert.Contains("身份证号", refusals[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("险种类型", refusals[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("缴费月份", refusals[2].GetProperty("reason").GetString(), StringComparison.Ordinal);

        var ok = await OutcomeAsync(App, passed.Id, o => o.Result != "NoRecords");
        Assert.Equal(("employment", "Father", "Passed"), (ok.Kind, ok.Parent, ok.Result));
        Assert.Equal(Period, ok.EmployeeMonths);
        Assert.Equal(("2024-02", "2024-06"), (ok.PeriodFrom, ok.PeriodTo));

        var gap = await OutcomeAsync(App, missing.Id, o => o.Result != "NoRecords");
        Assert.Equal("MissingMonths", gap.Result);
        Assert.Equal(["2024-03"], gap.MissingMonths);
        Assert.Equal(["2024-02", "2024-04", "2024-05", "2024-06"], gap.EmployeeMonths);

        var resident = await OutcomeAsync(App, residentOnly.Id, o => o.Result != "NoRecords");
        Assert.Equal(("business", "Mother", "ResidentInsuranceOnly"), (resident.Kind, resident.Parent, resident.Result));
        Assert.Equal(Period, resident.ResidentMonths);
        Assert.Equal(Period, resident.MissingMonths);

        var nothing = await OutcomeAsync(App, none.Id, o => o.Result == "NoRecords");
        Assert.Empty(nothing.EmployeeMonths);

        // One outcome per page, however many checks ran (after the save, after the import).
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvidenceDbContext>();
        var ids = new[] { passed.Id, missing.Id, residentOnly.Id, none.Id };
        Assert.Equal(4, await db.SocialInsuranceOutcomes.CountAsync(o => ids.Contains(o.ApplicationId)));
    }

    [SkippableFact]
    public async Task Re_importing_the_same_file_changes_nothing_and_the_same_months_in_another_file_add_no_record()
    {
        var application = await ApplicationAsync(App, "employment");
        var rows = Months(application.ParentId, "张伟", "职工", "2024-02", "2024-04", "2024-05", "2024-06").ToList();
        var csv = Csv(rows);
        var admin = await App.CreateAdminClientAsync();

        var first = await Json.ReadAsync(await UploadAsync(admin, csv, "明细.csv"), HttpStatusCode.Accepted);
        var id = first.GetProperty("id").GetGuid();
        var done = await CompletedAsync(admin, id);
        Assert.Equal((4, 4, 4), (done.GetProperty("rowsRead").GetInt32(), done.GetProperty("accepted").GetInt32(), done.GetProperty("newRecords").GetInt32()));
        var outcome = await OutcomeAsync(App, application.Id, o => o.Result == "MissingMonths");
        Assert.Equal(["2024-03"], outcome.MissingMonths);

        var again = await UploadAsync(admin, csv, "明细(1).csv");
        var same = await Json.ReadAsync(again, HttpStatusCode.OK);
        Assert.Equal(id, same.GetProperty("id").GetGuid());
        Assert.Equal("Completed", same.GetProperty("status").GetString());
        Assert.Equal(done.GetProperty("finishedAt").GetString(), same.GetProperty("finishedAt").GetString());

        // The same months in a different file (reordered, GB18030 as office software writes it): a new import, no new record.
        rows.Reverse();
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var other = await Json.ReadAsync(await UploadAsync(admin, Csv(rows, Encoding.GetEncoding("GB18030")), "明细-2.csv"), HttpStatusCode.Accepted);
        var otherDone = await CompletedAsync(admin, other.GetProperty("id").GetGuid());
        Assert.Equal((4, 0), (otherDone.GetProperty("accepted").GetInt32(), otherDone.GetProperty("newRecords").GetInt32()));

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvidenceDbContext>();
        Assert.Equal(4, await db.SocialInsuranceRecords.CountAsync(r => r.ResidentId == application.ParentId));
        Assert.Equal(1, await db.SocialInsuranceOutcomes.CountAsync(o => o.ApplicationId == application.Id));
        var unchanged = await OutcomeAsync(App, application.Id, o => o.CheckedAt > outcome.CheckedAt); // checked again after the second file
        Assert.Equal(["2024-03"], unchanged.MissingMonths);

        // Two outcomes were published (NoRecords on saving, MissingMonths after the first import); the checks after
        // the second file found the same answer and published nothing.
        var key = application.Id.ToString();
        var published = await db.OutboxMessages.Where(m => m.Type.Contains("SocialInsuranceChecked")).Select(m => m.Payload).ToListAsync();
        Assert.Equal(2, published.Count(p => p.Contains(key, StringComparison.OrdinalIgnoreCase)));
    }

    [SkippableFact]
    public async Task A_parent_with_only_resident_insurance_shows_that_outcome_and_a_skipped_page_drops_it()
    {
        var application = await ApplicationAsync(App, "employment");
        var admin = await App.CreateAdminClientAsync();
        var import = await Json.ReadAsync(await UploadAsync(admin, Csv([.. Months(application.ParentId, "张伟", "居民", Period)]), "居民.csv"), HttpStatusCode.Accepted);
        await CompletedAsync(admin, import.GetProperty("id").GetGuid());

        var outcome = await OutcomeAsync(App, application.Id, o => o.Result == "ResidentInsuranceOnly");
        Assert.Equal(Period, outcome.ResidentMonths);
        Assert.Empty(outcome.EmployeeMonths);

        await Json.ReadAsync(await application.Parent.PostAsync($"{application.Location}/evidence/employment/skip", null), HttpStatusCode.OK);
        await WaitAsync(async () => (await OutcomesAsync(App, application.Id)).Outcomes.Count == 0, "the skipped page's outcome to go");
    }

    [SkippableFact]
    public async Task Skipped_pages_and_parents_with_nothing_to_check_schedule_no_check_and_a_saved_page_is_checked_after_each_change()
    {
        var app = App;
        var parent = app.CreateParentClient(Guid.NewGuid());
        var response = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var id = Guid.Parse(location.Split('/').Last());
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(app, "张小明", TestIds.Primary2024())), HttpStatusCode.OK);
        var fatherId = NewId();
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("张伟", fatherId) }), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", fatherId)), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PostAsync($"{location}/evidence/employment/skip", null), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PostAsync($"{location}/evidence/business/skip", null), HttpStatusCode.OK);

        // The opening morning's path: page 3 before any page to check, both pages skipped — a check would write nothing.
        await DeliveredAsync(app, id);
        Assert.Equal(0, ChecksScheduled(id));

        // A saved page is checked, and checked again after the parents change.
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/employment", new { parent = "Father", employer = "登封市某某建材有限公司", regionCode = Wizard.DengfengVillage, addressDetail = "中岳大街100号", socialInsuranceNumber = fatherId }), HttpStatusCode.OK);
        var first = await OutcomeAsync(app, id, _ => true);
        Assert.Equal("NoRecords", first.Result);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var father = Wizard.Parent("张伟", fatherId);
        father["mobile"] = "13838054321";
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father }), HttpStatusCode.OK);
        await DeliveredAsync(app, id);
        Assert.Equal(2, ChecksScheduled(id));
        await OutcomeAsync(app, id, o => o.CheckedAt > first.CheckedAt); // that check ran before the skip below

        // Skipping the page leaves an outcome to drop: checked once more, and the outcome goes.
        await Json.ReadAsync(await parent.PostAsync($"{location}/evidence/employment/skip", null), HttpStatusCode.OK);
        await DeliveredAsync(app, id);
        Assert.Equal(3, ChecksScheduled(id));
        await WaitAsync(
            async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                return !await scope.ServiceProvider.GetRequiredService<EvidenceDbContext>().SocialInsuranceOutcomes.AnyAsync(o => o.ApplicationId == id);
            },
            "the skipped page's stored outcome to go");
    }

    [SkippableTheory]
    [InlineData("exe")]
    [InlineData("zip-bomb")]
    [InlineData("zip-not-a-workbook")]
    [InlineData("xls")]
    [InlineData("csv-without-columns")]
    [InlineData("too-large")]
    public async Task Junk_is_refused_with_a_422_problem_naming_the_file(string junk)
    {
        var admin = await App.CreateAdminClientAsync();
        var (bytes, name, code) = junk switch
        {
            "exe" => (Enumerable.Range(0, 4096).Select(i => i < 2 ? (byte)"MZ"[i] : (byte)(i % 251)).ToArray(), "明细.xlsx", "social-insurance.import.unreadable"),
            "zip-bomb" => (ZipBomb(), "明细.xlsx", "social-insurance.import.unreadable"),
            "zip-not-a-workbook" => (Zip("readme.txt", "hello"u8.ToArray()), "明细.xlsx", "social-insurance.import.unreadable"),
            "xls" => ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "明细.xls", "social-insurance.import.unreadable"),
            "csv-without-columns" => (Encoding.UTF8.GetBytes("姓名,金额\n张伟,100\n"), "明细.csv", "social-insurance.import.unreadable"),
            _ => (new byte[(20 * 1024 * 1024) + 1], "明细.csv", "social-insurance.import.too-large"),
        };

        var problem = await Problem.ReadAsync(await UploadAsync(admin, bytes, name), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(code, problem.Code);
        Assert.False(string.IsNullOrWhiteSpace(problem.Errors.GetValueOrDefault("file")?.FirstOrDefault() ?? problem.Title));
    }

    [SkippableFact]
    public async Task Only_a_district_admin_imports_or_reads_an_import()
    {
        var csv = Csv([.. Months(NewId(), "张伟", "职工", "2024-02")]);
        var reviewer = await App.CreateStaffClientAsync("reviewer", "Review#2024");
        Assert.Equal("auth.forbidden", (await Problem.ReadAsync(await UploadAsync(reviewer, csv, "a.csv"), HttpStatusCode.Forbidden)).Code);
        Assert.Equal("auth.forbidden", (await Problem.ReadAsync(await reviewer.GetAsync($"{Imports}/{Guid.NewGuid()}"), HttpStatusCode.Forbidden)).Code);
        Assert.Equal("auth.required", (await Problem.ReadAsync(await UploadAsync(App.CreateClient(), csv, "a.csv"), HttpStatusCode.Unauthorized)).Code);
        var admin = await App.CreateAdminClientAsync();
        Assert.Equal("not-found", (await Problem.ReadAsync(await admin.GetAsync($"{Imports}/{Guid.NewGuid()}"), HttpStatusCode.NotFound)).Code);
        Assert.Equal("file", (await Problem.ReadAsync(await admin.PostAsync(Imports, new MultipartFormDataContent()), HttpStatusCode.BadRequest)).Errors.Keys.Single());
    }

    [SkippableFact]
    public async Task A_check_that_fails_once_is_retried_and_leaves_exactly_one_outcome_and_one_event()
    {
        _ = App;
        var work = Path.Combine(Path.GetTempPath(), $"enrollment-si-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        var (connectionString, _) = await fixture.CreateDatabaseAsync(work);
        var failOnce = new FailOnceAfterCommit();
        await using var app = fixture.StartApp(connectionString!, new Dictionary<string, string?>
        {
            ["Jobs:SqlitePath"] = Path.Combine(work, "jobs.db"),
            ["Evidence:Files:Root"] = Path.Combine(work, "files"),
        });
        app.TestServices = services => services.AddSingleton<ISocialInsuranceCheckListener>(failOnce);

        var application = await ApplicationAsync(app, "employment");
        var outcome = await OutcomeAsync(app, application.Id, _ => true);
        Assert.Equal("NoRecords", outcome.Result);
        await WaitAsync(() => Task.FromResult(failOnce.Calls >= 2), "the failed check to be retried");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvidenceDbContext>();
        Assert.Equal(1, await db.SocialInsuranceOutcomes.CountAsync(o => o.ApplicationId == application.Id));
        var events = await db.OutboxMessages.Where(m => m.Type.Contains("SocialInsuranceChecked")).ToListAsync();
        Assert.Single(events);
        Assert.Equal(2, failOnce.Calls);
    }

    [SkippableFact]
    public async Task Checks_of_one_application_running_side_by_side_leave_one_outcome_and_none_fails()
    {
        // Its 务工 and 经商 pages saved a moment apart are two jobs, which two Hangfire workers may run at once.
        var application = await ApplicationAsync(App, "employment");
        await OutcomeAsync(App, application.Id, _ => true);
        for (var round = 0; round < 3; round++)
        {
            await using (var scope = App.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<EvidenceDbContext>().SocialInsuranceOutcomes.Where(o => o.ApplicationId == application.Id).ExecuteDeleteAsync();
            }

            var job = ActivatorUtilities.CreateInstance<SocialInsuranceCheckJob>(App.Services);
            await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => job.CheckApplicationAsync(application.Id, CancellationToken.None))));

            await using (var scope = App.Services.CreateAsyncScope())
            {
                Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<EvidenceDbContext>().SocialInsuranceOutcomes.CountAsync(o => o.ApplicationId == application.Id));
            }
        }
    }

    /// <summary>Throws after the first committed check, as a crash after the commit would; quiet afterwards.</summary>
    private sealed class FailOnceAfterCommit : ISocialInsuranceCheckListener
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Task CheckedAsync(IReadOnlyList<Guid> applicationIds, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) == 1
                ? throw new InvalidOperationException("Injected fault after the check was committed.")
                : Task.CompletedTask;
    }

    private sealed record Application(HttpClient Parent, string Location, Guid Id, string ParentId);

    /// <summary>An application with student, parents and household, and its 务工 or 经商 page saved naming the father (or mother).</summary>
    private static async Task<Application> ApplicationAsync(EnrollmentApp app, string kind, bool mother = false)
    {
        var parent = app.CreateParentClient(Guid.NewGuid());
        var response = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(app, "张小明", TestIds.Primary2024())), HttpStatusCode.OK);
        var fatherId = NewId();
        var motherId = NewId(male: false);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("张伟", fatherId), mother = Wizard.Parent("李娜", motherId) }), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("张伟", fatherId)), HttpStatusCode.OK);
        var named = mother ? "Mother" : "Father";
        object body = kind == "employment"
            ? new { parent = named, employer = "登封市某某建材有限公司", regionCode = Wizard.DengfengVillage, addressDetail = "中岳大街100号", socialInsuranceNumber = mother ? motherId : fatherId }
            : new { parent = named, businessLicence = "9131000063159284XQ", regionCode = Wizard.DengfengVillage, addressDetail = "中岳大街66号" };
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/evidence/{kind}", body), HttpStatusCode.OK);
        return new Application(parent, location, Guid.Parse(location.Split('/').Last()), mother ? motherId : fatherId);
    }

    /// <summary>A resident ID no other test uses: born in the 1980s in another county, a new one each call.</summary>
    private static string NewId(bool male = true)
    {
        var n = Interlocked.Increment(ref _person);
        return TestIds.For(new DateOnly(1980, 1, 1).AddDays(n % 3650), male, region: "4101" + (81 + (n / 3650 % 9)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The other people of a large file: Beijing IDs no parent of these tests has.</summary>
    private static string FillerId(int n)
    {
        var body = $"110101{new DateOnly(1950, 1, 1).AddDays(n):yyyyMMdd}001";
        return body + ChineseIdentifiers.ResidentIdCheckCharacterOf(body);
    }

    private static IEnumerable<string?[]> Months(string residentId, string name, string type, params string[] months) =>
        months.Select(m => new string?[] { residentId, name, type, m, type == "职工" ? "登封市某某建材有限公司" : null });

    private static readonly string[] Header = ["身份证号", "姓名", "险种类型", "缴费月份", "单位名称"];

    private static byte[] Csv(IEnumerable<string?[]> rows, Encoding? encoding = null)
    {
        var text = new StringBuilder(string.Join(",", Header)).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(",", row.Select(c => c is null ? string.Empty : c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c))).Append('\n');
        }

        return (encoding ?? Encoding.UTF8).GetBytes(text.ToString());
    }

    private static byte[] Xlsx(IEnumerable<string?[]> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(r => Header.Select((h, i) => (h, r[i])).ToDictionary(c => c.h, c => (object?)c.Item2)), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>A zip whose workbook part unpacks to 64 MB of zeros from about 64 KB.</summary>
    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var entry = zip.CreateEntry("xl/workbook.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Zip(string name, byte[] content)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return client.PostAsync(Imports, form);
    }

    private static async Task<JsonElement> CompletedAsync(HttpClient admin, Guid id)
    {
        JsonElement progress = default;
        await WaitAsync(
            async () =>
            {
                progress = await Json.ReadAsync(await admin.GetAsync($"{Imports}/{id}"), HttpStatusCode.OK);
                Assert.NotEqual("Failed", progress.GetProperty("status").GetString());
                return progress.GetProperty("status").GetString() == "Completed";
            },
            "the import to complete");
        return progress;
    }

    private static async Task<SocialInsuranceOutcomes> OutcomesAsync(EnrollmentApp app, Guid applicationId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetSocialInsuranceOutcomeQuery(applicationId));
    }

    /// <summary>The application's single outcome, once it is checked and matches.</summary>
    private static async Task<SocialInsuranceOutcome> OutcomeAsync(EnrollmentApp app, Guid applicationId, Func<SocialInsuranceOutcome, bool> matches)
    {
        SocialInsuranceOutcome? found = null;
        await WaitAsync(
            async () =>
            {
                var outcomes = (await OutcomesAsync(app, applicationId)).Outcomes;
                found = outcomes.Count == 1 && outcomes[0].Result != "Pending" && matches(outcomes[0]) ? outcomes[0] : null;
                return found is not null;
            },
            $"the outcome of application {applicationId}");
        return found!;
    }

    /// <summary>Every outbox message (all modules) naming the application has been delivered to its handlers.</summary>
    private static async Task DeliveredAsync(EnrollmentApp app, Guid applicationId)
    {
        var key = applicationId.ToString();
        await WaitAsync(
            async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                foreach (var module in scope.ServiceProvider.GetServices<ModuleDbContext>())
                {
                    var pending = await module.OutboxMessages.Where(m => m.ProcessedAt == null).Select(m => m.Payload).ToListAsync();
                    if (pending.Any(p => p.Contains(key, StringComparison.OrdinalIgnoreCase)))
                    {
                        return false;
                    }
                }

                return true;
            },
            $"the outbox messages of application {applicationId} to be delivered");
    }

    /// <summary>
    /// Period-check jobs made for the application so far, counted as Hangfire creates them (a client filter), so a job
    /// moving between states is never missed. The outbox enqueues before it marks the message delivered.
    /// </summary>
    private static int ChecksScheduled(Guid applicationId) => CheckJobsCreated.Instance.For(applicationId);

    private sealed class CheckJobsCreated : IClientFilter
    {
        public static readonly CheckJobsCreated Instance = new();

        private readonly ConcurrentDictionary<Guid, int> _counts = new();

        public int For(Guid applicationId) => _counts.GetValueOrDefault(applicationId);

        public void OnCreating(CreatingContext context)
        {
        }

        public void OnCreated(CreatedContext context)
        {
            if (context.BackgroundJob?.Job is { } job && job.Method.Name == nameof(SocialInsuranceCheckJob.CheckApplicationAsync)
                && job.Args.Count > 0 && job.Args[0] is Guid applicationId)
            {
                _counts.AddOrUpdate(applicationId, 1, (_, n) => n + 1);
            }
        }
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"Waited 90 s for {what}.");
            await Task.Delay(200);
        }
    }
}

public sealed class SocialInsuranceTests_Sqlite(SqliteFixture fixture) : SocialInsuranceTests(fixture), IClassFixture<SqliteFixture>;

public sealed class SocialInsuranceTests_PostgreSql(PostgreSqlFixture fixture) : SocialInsuranceTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class SocialInsuranceTests_SqlServer(SqlServerFixture fixture) : SocialInsuranceTests(fixture), IClassFixture<SqlServerFixture>;
