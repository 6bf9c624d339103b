using System.Collections.Concurrent;
using System.Globalization;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Model;

namespace Enrollment.Proxy;

/// <summary>
/// The reverse proxy of the scale-out benchmark and test (issue 17, ADR-0044): YARP, every path to one cluster of
/// host instances, round robin, each instance's <c>/health/live</c> probed every second so that a killed instance
/// leaves the rotation after two failed probes. <c>GET /_proxy/stats</c> answers the requests each instance got by
/// status class, which the benchmark and the test print and assert on. It adds <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>; the hosts believe them only from <c>Hosting:KnownProxies</c>.
/// <code>dotnet Enrollment.Proxy.dll --urls http://127.0.0.1:8080 --to http://127.0.0.1:5001 --to http://127.0.0.1:5002</code>
/// </summary>
public static class ProxyProgram
{
    public const string StatsPath = "/_proxy/stats";

    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var destinations = new List<Uri>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--to" && i + 1 < args.Length)
            {
                destinations.Add(new Uri(args[++i]));
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        if (destinations.Count == 0)
        {
            await Console.Error.WriteLineAsync("usage: Enrollment.Proxy --urls http://127.0.0.1:8080 --to http://127.0.0.1:5001 [--to ...]");
            return 64;
        }

        await using var app = Build(destinations, url: null, [.. rest]);
        await app.RunAsync();
        return 0;
    }

    /// <summary>The proxy, not started; <paramref name="url"/> <c>http://127.0.0.1:0</c> binds a free port (read <c>Urls</c> after start).</summary>
    public static WebApplication Build(IReadOnlyList<Uri> destinations, string? url = null, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(destinations);
        var builder = WebApplication.CreateSlimBuilder(args ?? []);
        if (url is not null)
        {
            builder.WebHost.UseUrls(url);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var stats = new ProxyStats(destinations);
        builder.Services.AddSingleton(stats);
        var route = new RouteConfig { RouteId = "hosts", ClusterId = "hosts", Match = new RouteMatch { Path = "{**catch-all}" } };
        var cluster = new ClusterConfig
        {
            ClusterId = "hosts",
            LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
            Destinations = destinations.Select((d, i) => (Id: ProxyStats.IdOf(i), d)).ToDictionary(x => x.Id, x => new DestinationConfig { Address = x.d.ToString() }),
            HealthCheck = new HealthCheckConfig
            {
                // Two failed probes a second apart take a dead instance out; when every one is down, all are tried.
                Active = new ActiveHealthCheckConfig { Enabled = true, Interval = TimeSpan.FromSeconds(1), Timeout = TimeSpan.FromSeconds(2), Policy = "ConsecutiveFailures", Path = "/health/live" },
                AvailableDestinationsPolicy = "HealthyOrPanic",
            },
            HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(120) },
        };
        builder.Services.AddReverseProxy().LoadFromMemory([route], [cluster]);

        var app = builder.Build();
        app.MapGet(StatsPath, (ProxyStats s) => Results.Json(s.Snapshot()));
        app.MapReverseProxy(proxy => proxy.Use(async (context, next) =>
        {
            await next();
            stats.Record(context.GetReverseProxyFeature().ProxiedDestination?.DestinationId, context.Response.StatusCode);
        }));
        return app;
    }
}

/// <summary>Requests forwarded to each instance, by status class (<c>none</c>: no instance was available).</summary>
public sealed class ProxyStats(IReadOnlyList<Uri> destinations)
{
    private readonly ConcurrentDictionary<string, long[]> _counts = new(StringComparer.Ordinal);

    public static string IdOf(int index) => "host" + (index + 1).ToString(CultureInfo.InvariantCulture);

    public void Record(string? destination, int status)
    {
        var counts = _counts.GetOrAdd(destination ?? "none", _ => new long[6]);
        Interlocked.Increment(ref counts[0]);
        Interlocked.Increment(ref counts[Math.Clamp(status / 100, 1, 5)]);
    }

    public IReadOnlyList<InstanceCounts> Snapshot() =>
        [.. destinations.Select((d, i) => (Id: IdOf(i), Address: d.ToString())).Append((Id: "none", Address: string.Empty))
            .Select(x => _counts.TryGetValue(x.Id, out var c)
                ? new InstanceCounts(x.Id, x.Address, Volatile.Read(ref c[0]), Volatile.Read(ref c[2]) + Volatile.Read(ref c[3]), Volatile.Read(ref c[4]), Volatile.Read(ref c[5]))
                : new InstanceCounts(x.Id, x.Address, 0, 0, 0, 0))];
}

/// <summary>One instance's requests: all, 2xx and 3xx, 4xx, 5xx (a 502 is a request the instance never answered).</summary>
public sealed record InstanceCounts(string Id, string Address, long Requests, long Succeeded, long ClientErrors, long ServerErrors);
