using System.Text.RegularExpressions;

namespace Enrollment.ArchitectureTests;

/// <summary>
/// The modules' PostgreSQL connections are handed out again without <c>DISCARD ALL</c> (<c>No Reset On Close</c>,
/// ADR-0043): that is safe only while no code leaves session state on a connection. These tests read the product's
/// source (migrations excluded: they run once, at start, and set none) for SQL that would.
/// </summary>
public partial class SessionStateTests
{
    /// <summary>
    /// SQL that outlives its transaction on a PostgreSQL session: session settings, LISTEN, session-level advisory
    /// locks (the <c>_xact_</c> ones end with the transaction), temporary tables, <c>set_config</c>.
    /// </summary>
    [GeneratedRegex(
        @"\bSET\s+(SESSION\b|search_path\b|statement_timeout\b|lock_timeout\b|idle_\w+|role\b|TIME\s+ZONE\b|application_name\b|work_mem\b|datestyle\b)" +
        @"|(?-i:\bLISTEN\s+[""\w])|\bpg_(try_)?advisory_lock(_shared)?\s*\(|\bCREATE\s+(GLOBAL\s+|LOCAL\s+)?TEMP(ORARY)?\s+TABLE\b|\bset_config\s*\(",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SessionStateSql();

    public static IReadOnlyList<string> SessionStateLines(string path, string text) =>
        text.Split('\n')
            .Select((line, i) => (Line: line, Number: i + 1))
            .Where(l => SessionStateSql().IsMatch(l.Line))
            .Select(l => $"{path}:{l.Number}: {l.Line.Trim()}")
            .ToList();

    [Fact]
    public void No_product_code_sets_state_that_outlives_a_transaction_on_a_pooled_connection()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.True(files.Count > 100, $"Read only {files.Count} source files under {src}.");
        Assert.Empty(files.SelectMany(f => SessionStateLines(Path.GetRelativePath(src, f), File.ReadAllText(f))));
    }

    [Theory]
    [InlineData("await context.Database.ExecuteSqlRawAsync(\"SET statement_timeout = 0\");")]
    [InlineData("command.CommandText = \"SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE\";")]
    [InlineData("\"LISTEN outbox_wake\"")]
    [InlineData("\"SELECT pg_advisory_lock(42)\"")]
    [InlineData("\"SELECT pg_try_advisory_lock(42)\"")]
    [InlineData("\"CREATE TEMP TABLE staged (code text)\"")]
    [InlineData("\"SELECT set_config('app.user', 'x', false)\"")]
    public void The_check_reports_session_state(string line) =>
        Assert.Single(SessionStateLines("x.cs", line));

    [Theory]
    [InlineData("$\"UPDATE {table} SET {value} = {value} + {count} WHERE {name} = 'applications' RETURNING {value}\"")]
    [InlineData("\"SELECT pg_advisory_xact_lock(42)\"")]
    [InlineData("s => s.SetProperty(m => m.LockedBy, token)")]
    [InlineData("// listen on loopback")]
    public void The_check_leaves_transaction_scoped_sql_alone(string line) =>
        Assert.Empty(SessionStateLines("x.cs", line));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Enrollment.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Enrollment.sln above {AppContext.BaseDirectory}.");
    }
}
