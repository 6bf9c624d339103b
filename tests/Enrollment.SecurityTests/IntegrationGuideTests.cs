using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;

namespace Enrollment.SecurityTests;

/// <summary>
/// docs/integration.md's examples cannot rot (issue 16 point 6): every <c>sh</c> block of the guide is run, in order, as
/// one bash script with curl and jq against the built host started as its own process (Development: the demo admin, a
/// season and six applications under review), with a per-client limit low enough that the 429 example really waits.
/// </summary>
public sealed partial class IntegrationGuideTests
{
    [Fact]
    public async Task The_guides_curl_examples_run_against_a_started_host()
    {
        var guide = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "integration.md"));
        var blocks = ShellBlock().Matches(guide).Select(m => m.Groups["code"].Value).ToList();
        Assert.True(blocks.Count >= 5, $"the guide has {blocks.Count} sh blocks");

        // Four requests a minute: steps 3 and 4 take three, so the 429 step's re-paging is refused and has to wait.
        await using var host = HostProcess.Start("Development", new Dictionary<string, string?> { ["RateLimits:IntegrationPerMinute"] = "4" });
        await host.WaitUntilListeningAsync(TimeSpan.FromMinutes(5)); // Development imports the regions dataset and seeds demo data first
        var work = Directory.CreateTempSubdirectory("enrollment-guide-");
        try
        {
            var script = Path.Combine(work.FullName, "guide.sh");
            await File.WriteAllTextAsync(script, "set -euo pipefail\n" + string.Join("\n", blocks));
            var start = new ProcessStartInfo("bash", [script])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = work.FullName,
            };
            start.Environment["BASE"] = $"http://127.0.0.1:{host.Port}";
            start.Environment["ADMIN_USER"] = "admin";
            start.Environment["ADMIN_PASSWORD"] = "Admin#2024";
            using var bash = Process.Start(start)!;
            var output = bash.StandardOutput.ReadToEndAsync();
            var errors = bash.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            await bash.WaitForExitAsync(timeout.Token);
            var (stdout, stderr) = (await output, await errors);

            Assert.True(bash.ExitCode == 0, $"the guide's script ended with {bash.ExitCode}:\n{stdout}\n{stderr}");
            Assert.Matches(@"client [0-9a-zA-Z_-]+", stdout);
            Assert.Contains("\"token_type\": \"Bearer\"", stdout, StringComparison.Ordinal);
            Assert.Contains("\"personalDataMasked\": true", stdout, StringComparison.Ordinal);
            Assert.Matches("\"residentId\": \"[0-9]{6}\\*{8}[0-9Xx]{4}\"", stdout);
            Assert.Matches(@"""status"":""(UnderReview|Returned|Accepted)""", stdout);
            Assert.Contains("caught up at cursor ", stdout, StringComparison.Ordinal);
            Assert.Contains("429 rate-limited: waiting ", stderr, StringComparison.Ordinal);
            Assert.Contains("caught up again at cursor ", stdout, StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "docs", "integration.md")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("docs/integration.md not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("^```sh\\n(?<code>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ShellBlock();
}
