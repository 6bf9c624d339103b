using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Enrollment.SecurityTests;

/// <summary>The built host run as its own process (<c>dotnet Enrollment.Host.dll</c>) on a fresh SQLite folder, behind real Kestrel.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _folder;
    private readonly Task<string> _output;
    private readonly Task<string> _errors;

    private HostProcess(Process process, DirectoryInfo folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
        _output = process.StandardOutput.ReadToEndAsync();
        _errors = process.StandardError.ReadToEndAsync();
    }

    public int Port { get; }

    public static HostProcess Start(string environment, IDictionary<string, string?> settings)
    {
        var folder = Directory.CreateTempSubdirectory("enrollment-host-");
        var port = FreePort();
        var host = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [host, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(host)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(folder.FullName, "enrollment.db")}";
        start.Environment["Jobs__SqlitePath"] = Path.Combine(folder.FullName, "jobs.db");
        start.Environment["Jobs__WorkerCount"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new HostProcess(Process.Start(start)!, folder, port);
    }

    /// <summary>Waits for the process to end by itself (it should refuse to start).</summary>
    public async Task<(int ExitCode, string Output)> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return (_process.ExitCode, await _output + await _errors);
    }

    /// <summary>Waits until <c>/health/live</c> answers, then returns a client of it.</summary>
    public async Task<HttpClient> WaitUntilListeningAsync(TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}: {await _output}{await _errors}");
            }

            try
            {
                if ((await client.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return client;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The host did not start listening.");
            }

            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
