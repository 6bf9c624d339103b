using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The built host as a process of its own (<c>dotnet Enrollment.Host.dll</c>, real Kestrel, its own memory), as
/// one instance of a deployment is: the scale-out and fault tests run two of them on one database, or kill one
/// with SIGKILL. Development, Warning logs; the settings come as environment variables.
/// </summary>
internal sealed class HostInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostInstance(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>What the process wrote so far (for a failing test's message).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static HostInstance Start(IReadOnlyDictionary<string, string?> settings, int? port = null)
    {
        var chosen = port ?? FreePort();
        var host = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [host, "--urls", $"http://127.0.0.1:{chosen}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(host)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new HostInstance(Process.Start(start)!, chosen);
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (migrated, seeded, database and job store reachable).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host on port {Port} exited with {_process.ExitCode}: {Output}");
            }

            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The host on port {Port} was not ready within {timeout.TotalSeconds:F0} s: {Output}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: no shutdown, no flush, nothing in flight finishes.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 200_000)
            {
                _output.AppendLine(line);
            }
        }
    }
}
