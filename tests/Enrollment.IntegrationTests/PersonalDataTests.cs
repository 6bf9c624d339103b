using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// Issue 12 points 1–3 (ADR-0029) over HTTP: what a full wizard, a return and an acceptance leave in the database
/// files is ciphertext and blind indexes only; the lookups that need equality still work on the indexes; rows
/// written in plaintext before encryption are encrypted by the job and read back.
/// </summary>
public abstract class PersonalDataTests(AppFixture fixture)
{
    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    [SkippableFact]
    public async Task After_a_full_wizard_a_return_and_an_acceptance_no_id_or_phone_is_in_the_database_files()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var fatherId = Wizard.FatherId();
        var submitted = await scenario.SubmitAsync(school, "隐私测", new Dictionary<string, Dictionary<string, object?>>
        {
            ["property"] = ReviewScenario.Property(),
            ["employment"] = ReviewScenario.Employment(fatherId),
            ["relocation"] = ReviewScenario.Relocation(),
        }, fatherId: fatherId);
        var phone = await BindPhoneAsync(submitted.Parent);

        // A return on the father's mobile (the snapshot of the fields is kept), a fix, a resubmission, an acceptance.
        var reviewer = await scenario.StaffAsync(admin, "SchoolReviewer", school.School);
        var reasons = await Json.ReadAsync(await admin.GetAsync("/api/v1/admin/return-reasons"), HttpStatusCode.OK);
        var detail = await reviewer.GetAsync($"/api/v1/review/applications/{submitted.Id}");
        await Json.ReadAsync(
            await PostAsync(reviewer, $"/api/v1/review/applications/{submitted.Id}/return", new
            {
                reasons = new[] { new { page = "guardians", field = "father.mobile", reasonId = reasons[0].GetProperty("id").GetGuid(), note = "请核对" } },
            }, detail.Headers.ETag!.Tag),
            HttpStatusCode.OK);
        var newMobile = "137" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var father = Wizard.Parent("张伟", fatherId);
        father["mobile"] = newMobile;
        await Json.ReadAsync(await submitted.Parent.PutAsJsonAsync($"{submitted.Location}/guardians", new { father }), HttpStatusCode.OK);
        await Json.ReadAsync(await submitted.Parent.PostAsync($"{submitted.Location}/submission", null), HttpStatusCode.OK);
        var again = await reviewer.GetAsync($"/api/v1/review/applications/{submitted.Id}");
        await Json.ReadAsync(await PostAsync(reviewer, $"/api/v1/review/applications/{submitted.Id}/acceptance", null, again.Headers.ETag!.Tag), HttpStatusCode.OK);

        // The reviewer's search by the full ID finds it (blind index), and the parent reads the IDs back decrypted.
        var found = await Json.ReadAsync(await admin.GetAsync($"/api/v1/review/applications?q={submitted.StudentId}"), HttpStatusCode.OK);
        Assert.Equal([submitted.Id], ReviewScenario.Ids(found));
        var mine = await submitted.Parent.GetStringAsync(submitted.Location);
        Assert.Contains(submitted.StudentId, mine, StringComparison.Ordinal);
        Assert.Contains(newMobile, mine, StringComparison.Ordinal);

        // The same child in the same season is still refused, on the blind index.
        var other = App.CreateParentClient(Guid.NewGuid());
        var started = await other.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        var duplicate = await other.PutAsJsonAsync($"{started.Headers.Location!.OriginalString}/student", new
        {
            name = "隐私测", residentId = submitted.StudentId, ethnicityCode = "01", graduationSchoolId = school.School, graduationClassId = school.Class,
        });
        Assert.Equal("student.id.duplicate", (await Problem.ReadAsync(duplicate, HttpStatusCode.Conflict)).Code);

        var raw = await RawDatabaseText.ReadAsync(App);
        string[] secrets = [submitted.StudentId, fatherId, ReviewScenario.FatherMobile, newMobile, phone, "11010519491231002X", "DF-CQ-2021-0088"];
        foreach (var secret in secrets)
        {
            Assert.False(raw.Contains(secret, StringComparison.Ordinal), $"{secret} is in the database in plaintext.");
        }

        // And the encryption is what is there: the prefixes of the ciphertext and of the blind indexes.
        Assert.Contains(PersonalDataProtector.Prefix + PersonalDataProtector.DevelopmentKeyId + ":", raw, StringComparison.Ordinal);
        Assert.Contains(PersonalDataProtector.BlindIndexPrefix, raw, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Rows_written_in_plaintext_before_encryption_are_encrypted_by_the_job_and_read_back()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var submitted = await scenario.SubmitAsync(school, "旧数据", new Dictionary<string, Dictionary<string, object?>>
        {
            ["relocation"] = ReviewScenario.Relocation(),
        });
        var before = await submitted.Parent.GetStringAsync(submitted.Location);

        // The old way: every personal column of the application and its evidence pages back to plaintext, no blind indexes.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
            var registration = Context(scope, "registration");
            var evidence = Context(scope, "evidence");
            Assert.Equal(4, await Legacy.DecryptInPlaceAsync(registration, protector, "StudentApplication", submitted.Id)); // student, father, mobile, householder
            await Legacy.SetAsync(registration, "StudentApplication", submitted.Id, "StudentLookupKey", submitted.StudentId);
            await Legacy.SetAsync(registration, "StudentApplication", submitted.Id, "FatherResidentIdIndex", null);
            Assert.True(await Legacy.DecryptInPlaceAsync(evidence, protector, "EvidencePage", submitted.Id) >= 1);
            Assert.Contains(submitted.StudentId, await Legacy.ReadAsync(registration, "StudentApplication", submitted.Id, "StudentResidentId"));
            Assert.Contains("11010519491231002X", string.Join(' ', await Legacy.ReadAsync(evidence, "EvidencePage", submitted.Id, "Fields")));
        }

        // Still readable before the job (legacy plaintext has no prefix and reads as it is).
        Assert.Equal(HttpStatusCode.OK, (await submitted.Parent.GetAsync(submitted.Location)).StatusCode);

        var report = await App.Services.GetRequiredService<PersonalDataReencryptionJob>().RunAsync(CancellationToken.None);
        Assert.True(report.Rewritten["registration.StudentApplication"] >= 1);
        Assert.True(report.Rewritten["evidence.EligibilityEvidence"] >= 1);

        // Resumable: a second run finds nothing left.
        Assert.Equal(0, (await App.Services.GetRequiredService<PersonalDataReencryptionJob>().RunAsync(CancellationToken.None)).Total);

        // Nothing of the plaintext is left in the files (SQLite's free pages are compacted by the job).
        var raw = await RawDatabaseText.ReadAsync(App);
        Assert.DoesNotContain(submitted.StudentId, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(submitted.FatherId, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("11010519491231002X", raw, StringComparison.Ordinal);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var registration = Context(scope, "registration");
            var evidence = Context(scope, "evidence");
            foreach (var column in new[] { "StudentResidentId", "FatherResidentId", "FatherMobile", "HouseholderResidentId" })
            {
                Assert.All(await Legacy.ReadAsync(registration, "StudentApplication", submitted.Id, column), v => Assert.StartsWith("v1:dev:", v, StringComparison.Ordinal));
            }

            foreach (var column in new[] { "StudentLookupKey", "FatherResidentIdIndex" })
            {
                Assert.All(await Legacy.ReadAsync(registration, "StudentApplication", submitted.Id, column), v => Assert.StartsWith("bi1:", v, StringComparison.Ordinal));
            }

            Assert.All((await Legacy.ReadAsync(evidence, "EvidencePage", submitted.Id, "Fields")).OfType<string>(), v => Assert.StartsWith("v1:dev:", v, StringComparison.Ordinal));
        }

        // Read back the same over HTTP; found by the reviewer's search by ID; the same child is refused again.
        Assert.Equal(before, await submitted.Parent.GetStringAsync(submitted.Location));
        var found = await Json.ReadAsync(await admin.GetAsync($"/api/v1/review/applications?q={submitted.StudentId}"), HttpStatusCode.OK);
        Assert.Equal([submitted.Id], ReviewScenario.Ids(found));
        var other = App.CreateParentClient(Guid.NewGuid());
        var started = await other.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        var duplicate = await other.PutAsJsonAsync($"{started.Headers.Location!.OriginalString}/student", new
        {
            name = "旧数据", residentId = submitted.StudentId, ethnicityCode = "01", graduationSchoolId = school.School, graduationClassId = school.Class,
        });
        Assert.Equal("student.id.duplicate", (await Problem.ReadAsync(duplicate, HttpStatusCode.Conflict)).Code);
    }

    internal static ModuleDbContext Context(IServiceScope scope, string schema) =>
        scope.ServiceProvider.GetServices<ModuleDbContext>().Single(c => c.Schema == schema);

    internal static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    private async Task<string> BindPhoneAsync(HttpClient parent)
    {
        var phone = "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Json.ReadAsync(await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
        var inbox = await Json.ReadAsync(await App.CreateClient().GetAsync($"/_wechat-sim/inspect/sms?phone={phone}"), HttpStatusCode.OK);
        var code = System.Text.RegularExpressions.Regex.Match(inbox[0].GetProperty("text").GetString()!, "验证码是([0-9]{6})").Groups[1].Value;
        await Json.ReadAsync(await parent.PutAsJsonAsync("/api/v1/me/phone", new { phone, code }), HttpStatusCode.OK);
        return phone;
    }
}

public sealed class PersonalDataTests_Sqlite(SqliteFixture fixture) : PersonalDataTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PersonalDataTests_PostgreSql(PostgreSqlFixture fixture) : PersonalDataTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class PersonalDataTests_SqlServer(SqlServerFixture fixture) : PersonalDataTests(fixture), IClassFixture<SqlServerFixture>;

/// <summary>
/// A key rotation: a second instance with a new active key (the old one still listed) reads the rows of the old key,
/// and the re-encryption job moves them to the new one. Its own class (and database): afterwards the fixture's host,
/// which knows only the old key, could not read the moved rows.
/// </summary>
public abstract class PersonalDataRotationTests(AppFixture fixture)
{
    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    [SkippableFact]
    public async Task A_key_rotation_leaves_old_rows_readable_and_the_job_moves_them_to_the_new_key()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var submitted = await scenario.SubmitAsync(school, "轮换", new Dictionary<string, Dictionary<string, object?>>
        {
            ["relocation"] = ReviewScenario.Relocation(),
        });
        var before = await submitted.Parent.GetStringAsync(submitted.Location);
        var openId = await OpenIdAsync(submitted.Id);

        await using var rotated = fixture.StartApp(App.ConnectionString, new Dictionary<string, string?>
        {
            ["PersonalData:Encryption:ActiveKeyId"] = "k2",
            ["PersonalData:Encryption:Keys:dev"] = PersonalDataProtector.DevelopmentKey,
            ["PersonalData:Encryption:Keys:k2"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["PersonalData:BlindIndex:Key"] = PersonalDataProtector.DevelopmentBlindIndexKey,
        });
        var parent = rotated.CreateParentClient(openId);

        // Old rows stay readable under the new active key.
        Assert.Equal(before, await parent.GetStringAsync(submitted.Location));

        await rotated.Services.GetRequiredService<PersonalDataReencryptionJob>().RunAsync(CancellationToken.None);

        await using (var scope = rotated.Services.CreateAsyncScope())
        {
            var registration = PersonalDataTests.Context(scope, "registration");
            var evidence = PersonalDataTests.Context(scope, "evidence");
            foreach (var column in new[] { "StudentResidentId", "FatherResidentId", "FatherMobile", "HouseholderResidentId" })
            {
                Assert.All(await Legacy.ReadAsync(registration, "StudentApplication", submitted.Id, column), v => Assert.StartsWith("v1:k2:", v, StringComparison.Ordinal));
            }

            Assert.All((await Legacy.ReadAsync(evidence, "EvidencePage", submitted.Id, "Fields")).OfType<string>(), v => Assert.StartsWith("v1:k2:", v, StringComparison.Ordinal));
        }

        // Read the same after the move; the blind indexes did not change, so the search by ID still finds it.
        Assert.Equal(before, await parent.GetStringAsync(submitted.Location));
        var rotatedAdmin = await rotated.CreateAdminClientAsync();
        var found = await Json.ReadAsync(await rotatedAdmin.GetAsync($"/api/v1/review/applications?q={submitted.StudentId}"), HttpStatusCode.OK);
        Assert.Equal([submitted.Id], ReviewScenario.Ids(found));
    }

    private async Task<string> OpenIdAsync(Guid applicationId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var registration = PersonalDataTests.Context(scope, "registration");
        var account = (await Legacy.ReadAsync<Guid>(registration, "StudentApplication", applicationId, "ParentAccountId")).Single();
        return (await Legacy.ReadAsync<string>(PersonalDataTests.Context(scope, "identity"), "ParentAccount", account, "OpenId")).Single();
    }
}

public sealed class PersonalDataRotationTests_Sqlite(SqliteFixture fixture) : PersonalDataRotationTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PersonalDataRotationTests_PostgreSql(PostgreSqlFixture fixture) : PersonalDataRotationTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class PersonalDataRotationTests_SqlServer(SqlServerFixture fixture) : PersonalDataRotationTests(fixture), IClassFixture<SqlServerFixture>;

/// <summary>Raw reads and writes of one application's columns, by SQL built from the EF model (what a pre-encryption version wrote).</summary>
internal static class Legacy
{
    public static Task<List<string?>> ReadAsync(ModuleDbContext db, string entity, Guid applicationId, string column) =>
        ReadAsync<string?>(db, entity, applicationId, column);

    public static async Task<List<T>> ReadAsync<T>(ModuleDbContext db, string entity, Guid id, string column)
    {
        var (table, key) = Table(db, entity);
        var sql = db.GetService<ISqlGenerationHelper>();
        var select = $"SELECT {sql.DelimitIdentifier(column)} AS {sql.DelimitIdentifier("Value")} FROM {table} WHERE {sql.DelimitIdentifier(key)} = {{0}}";
        return await db.Database.SqlQueryRaw<T>(select, KeyValue(db, id)).ToListAsync();
    }

    public static async Task SetAsync(ModuleDbContext db, string entity, Guid applicationId, string column, string? value)
    {
        var (table, key) = Table(db, entity);
        var sql = db.GetService<ISqlGenerationHelper>();
        var update = $"UPDATE {table} SET {sql.DelimitIdentifier(column)} = {{0}} WHERE {sql.DelimitIdentifier(key)} = {{1}}";
        if (value is null)
        {
            update = $"UPDATE {table} SET {sql.DelimitIdentifier(column)} = NULL WHERE {sql.DelimitIdentifier(key)} = {{0}}";
            await db.Database.ExecuteSqlRawAsync(update, [KeyValue(db, applicationId)]);
            return;
        }

        await db.Database.ExecuteSqlRawAsync(update, [value, KeyValue(db, applicationId)]);
    }

    /// <summary>Every encrypted column of the entity's rows of the application, decrypted and written back as plaintext; returns how many values.</summary>
    public static async Task<int> DecryptInPlaceAsync(ModuleDbContext db, PersonalDataProtector protector, string entity, Guid applicationId)
    {
        var type = db.Model.GetEntityTypes().First(t => t.ClrType.Name == entity);
        var (table, key) = Table(db, entity);
        var sql = db.GetService<ISqlGenerationHelper>();
        var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() == type.GetTableName())
            .SelectMany(t => t.GetProperties())
            .Where(p => p.GetValueConverter() is IEncryptedConverter)
            .Select(p => p.GetColumnName(store)!)
            .Distinct()
            .ToList();
        var count = 0;
        foreach (var column in columns)
        {
            foreach (var stored in (await ReadAsync(db, entity, applicationId, column)).Where(PersonalDataProtector.IsEncrypted).Distinct())
            {
                var update = $"UPDATE {table} SET {sql.DelimitIdentifier(column)} = {{0}} WHERE {sql.DelimitIdentifier(key)} = {{1}} AND {sql.DelimitIdentifier(column)} = {{2}}";
                count += await db.Database.ExecuteSqlRawAsync(update, [protector.Unprotect(stored!), KeyValue(db, applicationId), stored!]);
            }
        }

        return count;
    }

    private static (string Table, string Key) Table(ModuleDbContext db, string entity)
    {
        var type = db.Model.GetEntityTypes().First(t => t.ClrType.Name == entity);
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entity is "StudentApplication" or "ParentAccount" ? "Id" : "ApplicationId";
        return (sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema()), key);
    }

    // EF keeps GUIDs as upper-case text on SQLite.
    private static object KeyValue(ModuleDbContext db, Guid id) => db.Database.IsSqlite() ? id.ToString().ToUpperInvariant() : id;
}

/// <summary>Everything the database holds as an attacker with the files would read it: the SQLite file (and its journal), or pg_dump's output.</summary>
internal static class RawDatabaseText
{
    public static async Task<string> ReadAsync(EnrollmentApp app)
    {
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
            var text = new StringBuilder();
            foreach (var path in new[] { file, file + "-wal", file + "-journal" }.Where(File.Exists))
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                await stream.CopyToAsync(memory);
                text.Append(Encoding.Latin1.GetString(memory.ToArray()));
            }

            Assert.True(text.Length > 0, "The SQLite file was not read.");
            return text.ToString();
        }

        var builder = new NpgsqlConnectionStringBuilder(app.ConnectionString);
        var info = new ProcessStartInfo(Path.Combine(PgBin(), "pg_dump"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "-h", builder.Host!, "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", builder.Username!, "-d", builder.Database!, "--no-owner" },
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pg_dump failed: {await error}");
        var dump = await output;
        Assert.Contains("COPY ", dump, StringComparison.Ordinal);
        return dump;
    }

    private static string PgBin()
    {
        var configured = Environment.GetEnvironmentVariable("ENROLLMENT_PG_BIN");
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(Path.Combine(configured, "pg_dump")))
        {
            return configured;
        }

        var root = Environment.GetEnvironmentVariable("ENROLLMENT_PG_ROOT") ?? "/usr/lib/postgresql";
        return Directory.EnumerateDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "pg_dump")))
            .OrderByDescending(d => d, StringComparer.Ordinal)
            .First();
    }
}
