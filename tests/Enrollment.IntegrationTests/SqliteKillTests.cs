using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Xunit;
using Xunit.Abstractions;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The embedded SQLite mode killed during writes (issue 17, the reduced form of the fault tests): the host runs as
/// its own process on a SQLite file (WAL), four staff sessions write articles as fast as it answers, and the process
/// is killed with SIGKILL in the middle. The files must open consistent (<c>PRAGMA integrity_check</c> ok, for the
/// database and the job store), every write that was answered 201 must be there, and the host must start again on
/// them and serve them.
/// </summary>
public sealed class SqliteKillTests(ITestOutputHelper output)
{
    private const int Writers = 4;

    [Fact]
    public async Task Killed_during_writes_the_sqlite_files_reopen_consistent_with_every_acknowledged_write()
    {
        var folder = Directory.CreateTempSubdirectory("enrollment-sqlite-kill-");
        var database = Path.Combine(folder.FullName, "enrollment.db");
        var jobs = Path.Combine(folder.FullName, "enrollment.jobs.db");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={database}",
            ["Jobs:SqlitePath"] = jobs,
            ["Evidence:Files:Root"] = Path.Combine(folder.FullName, "files"),
            ["Review:DemoApplications:Enabled"] = "false",
        };
        try
        {
            var port = HostInstance.FreePort();
            var acknowledged = new ConcurrentBag<Guid>();
            var lost = 0;
            int requests = 0, refused = 0, failed = 0;
            await using (var host = HostInstance.Start(settings, port))
            {
                await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
                var staff = new List<BrowserParent>();
                for (var i = 0; i < Writers; i++)
                {
                    var session = new BrowserParent(host.Address);
                    await session.StaffSignInAsync("admin", "Admin#2024");
                    staff.Add(session);
                }

                using var stop = new CancellationTokenSource();
                var writers = staff.Select((session, w) => Task.Run(async () =>
                {
                    for (var i = 0; !stop.IsCancellationRequested; i++)
                    {
                        Interlocked.Increment(ref requests);
                        try
                        {
                            using var response = await session.SendAsync(HttpMethod.Post, "/api/v1/admin/articles", new { title = $"写入测试 {w}-{i}", body = new string('文', 2000), sortOrder = i, isPublished = i % 2 == 0 });
                            if (response.StatusCode == HttpStatusCode.Created)
                            {
                                var article = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<Created>(response.Content);
                                acknowledged.Add(article!.Id);
                            }
                            else
                            {
                                Interlocked.Increment(ref refused);
                                if (response.StatusCode == HttpStatusCode.InternalServerError)
                                {
                                    Interlocked.Increment(ref failed);
                                }
                            }
                        }
                        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                        {
                            Interlocked.Increment(ref lost); // in flight at the kill: its answer is lost, the row may or may not be there
                            return;
                        }
                    }
                })).ToList();

                var clock = Stopwatch.StartNew();
                while (acknowledged.Count < 60 && clock.Elapsed < TimeSpan.FromSeconds(60))
                {
                    await Task.Delay(20);
                }

                await host.KillAsync(); // SIGKILL while the writers are sending
                await stop.CancelAsync();
                await Task.WhenAll(writers);
                staff.ForEach(s => s.Dispose());
            }

            // Opened as SQLite finds them after the crash (the WAL is replayed on open).
            var (integrity, journal, ids) = await InspectAsync(database, "SELECT \"Id\" FROM \"registration_Articles\"");
            var (jobsIntegrity, _, _) = await InspectAsync(jobs, null);
            var found = acknowledged.Count(id => ids.Contains(id));
            output.WriteLine($"{requests} requests, {acknowledged.Count} answered 201, {refused} refused ({failed} with 500), {lost} lost in flight at the kill; "
                + $"acknowledged found {found}, articles stored {ids.Count}; integrity_check {integrity} (jobs: {jobsIntegrity}), journal_mode {journal}");
            Assert.True(acknowledged.Count >= 10, $"only {acknowledged.Count} writes were acknowledged before the kill");
            Assert.Equal("ok", integrity);
            Assert.Equal("ok", jobsIntegrity);
            Assert.Equal("wal", journal);
            Assert.Equal(0, failed); // a refusal (503 while busy) is an answer; a 500 is not
            Assert.Equal(acknowledged.Count, found);

            // And the host starts again on the same files and serves what was acknowledged.
            await using var again = HostInstance.Start(settings, port);
            await again.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
            using var admin = new BrowserParent(again.Address);
            await admin.StaffSignInAsync("admin", "Admin#2024");
            foreach (var id in acknowledged.Take(10))
            {
                await admin.JsonAsync(HttpMethod.Get, $"/api/v1/admin/articles/{id}", null, HttpStatusCode.OK);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(string Integrity, string Journal, HashSet<Guid> Ids)> InspectAsync(string file, string? idQuery)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        var integrity = await ScalarAsync(connection, "PRAGMA integrity_check");
        var journal = await ScalarAsync(connection, "PRAGMA journal_mode");
        var ids = new HashSet<Guid>();
        if (idQuery is not null)
        {
            await using var command = new SqliteCommand(idQuery, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(Guid.Parse(reader.GetString(0)));
            }
        }

        return (integrity, journal, ids);
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = new SqliteCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private sealed record Created(Guid Id);
}
