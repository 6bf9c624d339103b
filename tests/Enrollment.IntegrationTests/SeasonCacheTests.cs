using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enrollment.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The season cache (ADR-0038): the current season and the wizard's pages read the seasons table once per
/// cache period, and an admin's change is seen at once by the instance that made it.
/// </summary>
public abstract class SeasonCacheTests(AppFixture fixture)
{
    [SkippableFact]
    public async Task Seasons_are_read_once_while_unchanged_and_an_admin_change_is_seen_at_once()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var (connectionString, _) = await fixture.CreateDatabaseAsync(Path.GetTempPath());
        // A long cache period, so that only the invalidation can explain a fresh read.
        await using var app = fixture.StartApp(connectionString!, new Dictionary<string, string?> { ["Registration:SeasonCache:Ttl"] = "01:00:00" });
        var anonymous = app.CreateClient();
        var admin = await app.CreateAdminClientAsync();
        var season = await Json.ReadAsync(await anonymous.GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK);

        using var reads = new SeasonReads(connectionString!);
        var parent = app.CreateParentClient(Guid.NewGuid());
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(season.GetProperty("name").GetString(), (await Json.ReadAsync(await anonymous.GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK)).GetProperty("name").GetString());
        }

        var started = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(app, "张小明", TestIds.Primary2024())), HttpStatusCode.OK);
        Assert.Equal(0, reads.Count);

        // The admin renames the season: the next answer of this instance has the new name.
        await Json.ReadAsync(await admin.PutAsJsonAsync($"/api/v1/admin/seasons/{season.GetProperty("id").GetGuid()}", Body(season, "2024年登封市义务教育招生（改）")), HttpStatusCode.OK);
        var changed = await Json.ReadAsync(await anonymous.GetAsync("/api/v1/seasons/current"), HttpStatusCode.OK);
        Assert.Equal("2024年登封市义务教育招生（改）", changed.GetProperty("name").GetString());

        // The admin closes it early: the wizard refuses at once on this instance.
        var closed = Body(season, "2024年登封市义务教育招生（改）", closesAt: EnrollmentApp.PinnedNow.AddMinutes(-1));
        await Json.ReadAsync(await admin.PutAsJsonAsync($"/api/v1/admin/seasons/{season.GetProperty("id").GetGuid()}", closed), HttpStatusCode.OK);
        var refused = await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(app, "张小明", TestIds.Primary2024())), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("season.closed", refused.Code);
    }

    private static object Body(JsonElement season, string name, DateTimeOffset? closesAt = null) => new
    {
        year = season.GetProperty("year").GetInt32(),
        name,
        homeCountyCode = season.GetProperty("homeCountyCode").GetString(),
        opensAt = season.GetProperty("opensAt").GetDateTimeOffset(),
        closesAt = closesAt ?? season.GetProperty("closesAt").GetDateTimeOffset(),
        primaryEntry = new { fullYears = 6, cutOff = "2024-08-31" },
        juniorMiddleEntry = new { fullYears = 12, cutOff = "2024-08-31" },
    };

    /// <summary>Counts the commands that read the seasons table of one database (EF's diagnostic events).</summary>
    private sealed class SeasonReads : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _connectionString;
        private readonly ConcurrentBag<IDisposable> _subscriptions = [];
        private int _count;

        public SeasonReads(string connectionString)
        {
            _connectionString = connectionString;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
                && data.Context?.Database.GetConnectionString() == _connectionString
                && data.Command.CommandText.Contains("Seasons", StringComparison.Ordinal)
                && data.Command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}

public sealed class SeasonCacheTests_Sqlite(SqliteFixture fixture) : SeasonCacheTests(fixture), IClassFixture<SqliteFixture>;

public sealed class SeasonCacheTests_PostgreSql(PostgreSqlFixture fixture) : SeasonCacheTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class SeasonCacheTests_SqlServer(SqlServerFixture fixture) : SeasonCacheTests(fixture), IClassFixture<SqlServerFixture>;
