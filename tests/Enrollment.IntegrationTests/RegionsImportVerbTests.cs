using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>The host verb <c>regions-import &lt;file&gt;</c> on a fresh SQLite database (no seeding runs for a verb).</summary>
public sealed class RegionsImportVerbTests
{
    private static async Task<(int ExitCode, string Output)> RunAsync(string database, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(typeof(Program).Assembly.Location)!,
        };
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__ConnectionString"] = $"Data Source={database}";
        start.Environment["Jobs__SqlitePath"] = Path.ChangeExtension(database, ".jobs.db");
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    private static async Task<long> CountAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM regions_Regions";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task The_verb_imports_a_file_and_refuses_a_malformed_one_without_writing()
    {
        var folder = Directory.CreateTempSubdirectory("enrollment-regions-verb-");
        try
        {
            var database = Path.Combine(folder.FullName, "enrollment.db");
            var good = Path.Combine(folder.FullName, "good.tsv");
            var bad = Path.Combine(folder.FullName, "bad.tsv");
            await File.WriteAllTextAsync(good, "410000000000\t河南省\n410100000000\t郑州市\n410185000000\t登封市\n", Encoding.UTF8);
            await File.WriteAllTextAsync(bad, "420000000000\t湖北省\n4201000000\t武汉市\n", Encoding.UTF8);

            var imported = await RunAsync(database, "regions-import", good);
            Assert.True(imported.ExitCode == 0, imported.Output);
            Assert.Contains("3 lines, 3 added, 0 updated, 0 unchanged", imported.Output, StringComparison.Ordinal);

            var again = await RunAsync(database, "regions-import", good);
            Assert.Contains("0 added, 0 updated, 3 unchanged", again.Output, StringComparison.Ordinal);

            var refused = await RunAsync(database, "regions-import", bad);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("第 2 行", refused.Output, StringComparison.Ordinal);
            Assert.Equal(3, await CountAsync(database));

            var missing = await RunAsync(database, "regions-import", Path.Combine(folder.FullName, "nothing.tsv"));
            Assert.Equal(2, missing.ExitCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
