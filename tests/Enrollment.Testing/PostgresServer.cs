using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Enrollment.Testing;

/// <summary>
/// A real PostgreSQL for the tests without Docker: either the server named by
/// <c>ENROLLMENT_TEST_POSTGRES</c> (an admin connection string), or a throwaway cluster made with
/// Debian's <c>initdb</c>/<c>pg_ctl</c> on a free port, owned by the <c>postgres</c> user when the
/// tests run as root (initdb refuses root). One per test process; each test class gets a database.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private static readonly SemaphoreSlim CreateGate = new(1, 1);

    private readonly string _adminConnectionString;

    private PostgresServer(string adminConnectionString, string? skipReason)
    {
        _adminConnectionString = adminConnectionString;
        SkipReason = skipReason;
    }

    /// <summary>Why PostgreSQL tests cannot run here; null when they can.</summary>
    public string? SkipReason { get; }

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 33)].ToLowerInvariant();
        // CREATE DATABASE copies a template and fails while another session uses it: one at a time.
        await CreateGate.WaitAsync();
        try
        {
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            CreateGate.Release();
        }

        // Npgsql's pools are per connection string and outlive the host that used them: idle
        // connections of finished test classes would otherwise stay open for five minutes and, with
        // dozens of classes running side by side, exhaust max_connections (a CI run failed so).
        return new NpgsqlConnectionStringBuilder(_adminConnectionString)
        {
            Database = name,
            MaxPoolSize = 50,
            ConnectionIdleLifetime = 10,
            ConnectionPruningInterval = 2,
        }.ConnectionString;
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("ENROLLMENT_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new PostgresServer(external, null);
        }

        var bin = FindBinaries();
        if (bin is null)
        {
            return new PostgresServer(string.Empty, "PostgreSQL is not installed (no initdb in ENROLLMENT_PG_BIN, on PATH or under ENROLLMENT_PG_ROOT, default /usr/lib/postgresql/*/bin) and ENROLLMENT_TEST_POSTGRES is not set; `apt-get install -y postgresql` to run these tests.");
        }

        var directory = Path.Combine(Path.GetTempPath(), $"enrollment-pg-{Guid.NewGuid():N}");
        var data = Path.Combine(directory, "data");
        Directory.CreateDirectory(directory);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", $"postgres:postgres {directory}");
        }

        var port = FreePort();
        await RunAsPostgresAsync(asRoot, Path.Combine(bin, "initdb"), $"-D {data} -A trust -U postgres --no-sync -E UTF8 --locale=C");
        var options = $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=1000";
        await RunAsPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {data} -o \"{options}\" -l {directory}/log -w start");

        // The cluster goes with the test process.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunAsPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {data} -m immediate -w stop").GetAwaiter().GetResult();
                Directory.Delete(directory, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                // Best effort: a leftover folder in /tmp is harmless.
            }
        };

        return new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true", null);
    }

    /// <summary>
    /// Where initdb and pg_ctl are: <c>ENROLLMENT_PG_BIN</c>, else the first folder of PATH holding
    /// initdb, else the newest <c>&lt;version&gt;/bin</c> under <c>ENROLLMENT_PG_ROOT</c> (default
    /// <c>/usr/lib/postgresql</c>, Debian's place, which is not on PATH). To run as if PostgreSQL were
    /// not installed: <c>ENROLLMENT_PG_ROOT=/nonexistent</c> and a PATH without initdb.
    /// </summary>
    private static string? FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("ENROLLMENT_PG_BIN");
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
        if (onPath is not null)
        {
            return onPath;
        }

        var root = Environment.GetEnvironmentVariable("ENROLLMENT_PG_ROOT") is { Length: > 0 } r ? r : "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsPostgresAsync(bool asRoot, string program, string arguments) =>
        asRoot ? RunAsync("runuser", $"-u postgres -- {program} {arguments}") : RunAsync(program, arguments);

    private static async Task RunAsync(string program, string arguments)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"{program} {arguments}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} exited with {process.ExitCode}: {await output} {await error}");
        }
    }
}
