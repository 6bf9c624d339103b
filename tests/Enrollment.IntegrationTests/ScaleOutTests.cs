using System.Net;
using System.Net.Http.Json;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// Two instances on one database, as behind a load balancer (issue 17): a parent's cookie made by one is
/// honoured by the other, because the Data Protection key ring is in the database (ADR-0040).
/// </summary>
public abstract class ScaleOutTests(AppFixture fixture)
{
    [SkippableFact]
    public async Task A_parents_cookie_made_by_one_instance_works_on_the_other_with_one_key_ring_in_the_database()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var (connectionString, _) = await fixture.CreateDatabaseAsync(Path.GetTempPath());
        await using var a = fixture.StartApp(connectionString!);
        await using var b = fixture.StartApp(connectionString!);
        _ = a.Server;
        _ = b.Server;

        var cookies = new CookieContainer();
        var onA = a.CreateParentClient("o" + Guid.NewGuid().ToString("N"), cookies);
        var started = await onA.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;

        // The same browser's next requests land on the other instance: read, then a write with the CSRF header.
        var onB = b.CreateClientWithCookies(cookies);
        var read = await Json.ReadAsync(await onB.GetAsync(location), HttpStatusCode.OK);
        Assert.Equal("Draft", read.GetProperty("status").GetString());
        await Json.ReadAsync(await onB.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(b, "张小明", TestIds.Primary2024())), HttpStatusCode.OK);
        await Json.ReadAsync(await onA.GetAsync(location), HttpStatusCode.OK);

        // One key ring, in the database, each key encrypted with the personal-data key.
        await using var scope = a.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetServices<Enrollment.BuildingBlocks.Infrastructure.Persistence.ModuleDbContext>().Single(c => c.Schema == "identity");
        var keys = await identity.Database.SqlQueryRaw<string>(identity.Database.IsSqlite()
                ? "SELECT \"Xml\" AS \"Value\" FROM \"identity_DataProtectionKeys\""
                : identity.Database.IsNpgsql()
                    ? "SELECT \"Xml\" AS \"Value\" FROM identity.\"DataProtectionKeys\""
                    : "SELECT [Xml] AS [Value] FROM identity.[DataProtectionKeys]")
            .ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.True(PersonalDataProtector.IsEncrypted(xml)));
    }
}

public sealed class ScaleOutTests_Sqlite(SqliteFixture fixture) : ScaleOutTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ScaleOutTests_PostgreSql(PostgreSqlFixture fixture) : ScaleOutTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class ScaleOutTests_SqlServer(SqlServerFixture fixture) : ScaleOutTests(fixture), IClassFixture<SqlServerFixture>;
