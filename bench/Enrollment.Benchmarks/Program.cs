using System.Diagnostics;
using System.Globalization;
using System.Net;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Enrollment.Modules.Regions.Application.Importing;
using Enrollment.Modules.Regions.Application.Regions.ValidateAddressRegion;
using Enrollment.Modules.Regions.Domain.Regions;

// Benchmarks of the Regions module (issue 3); results and exact commands in docs/benchmarks.md.
//   lookup [file]   in-process lookups on the national tree (BenchmarkDotNet, in-process toolchain)
//   memory [file]   managed memory held by the loaded national tree
//   http <url> [--rate N] [--seconds S] [--connections C] [--cookie "name=value; ..."] [--warmup 2000]
//                   open-loop HTTP load at a fixed rate (bounded: rate × seconds requests), latency
//                   measured from each request's scheduled time, so a stall is not hidden
//   social-insurance-import <base url> [--rows 50000]
//                   a generated payment export uploaded to a running host and followed to the end (issue 11)
//   wizard <base url> [--parents 50] [--seconds 60] [--pg <connection string>] [--acked <file>]
//                   the opening morning: parents signed in, each running wizards back to back (issue 17)
//                   [--wizards N] a fixed number of wizards instead of a time; [--warmup-wizards N] first, not measured;
//                   [--host-pid P] the host's CPU (from /proc) over the measured wizards, per wizard and per request
//   allocations <file.nettrace> [top]
//                   a gc-verbose trace's sampled allocations by type, allocating method and our first method (issue 17)
//   personal-data [n]
//                   the per-value cost of encrypting IDs and phones at rest and of their blind indexes (issue 12)
var command = args.FirstOrDefault() ?? "help";
switch (command)
{
    case "lookup":
        Dataset.Path = args.ElementAtOrDefault(1) ?? Dataset.Path;
        BenchmarkRunner.Run<LookupBenchmarks>(
            DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)).WithOptions(ConfigOptions.DisableOptimizationsValidator),
            args.Skip(2).ToArray());
        break;
    case "memory":
        await Memory.RunAsync(args.ElementAtOrDefault(1) ?? Dataset.Path);
        break;
    case "http":
        await Load.RunAsync(args.Skip(1).ToArray());
        break;
    case "social-insurance-import":
        await SocialInsuranceImport.RunAsync(args.Skip(1).ToArray());
        break;
    case "wizard":
        await OpeningMorning.RunAsync(args.Skip(1).ToArray());
        break;
    case "personal-data":
        PersonalDataCost.Run(args.Skip(1).ToArray());
        break;
    case "allocations":
        Allocations.Run(args.Skip(1).ToArray());
        break;
    default:
        Console.WriteLine("usage: Enrollment.Benchmarks lookup [file] | memory [file] | http <url> [--rate 2000] [--seconds 30] [--connections 64] | social-insurance-import <base url> [--rows 50000] | personal-data [n]");
        break;
}

internal static class Dataset
{
    public static string Path { get; set; } = Find("data/regions/regions-2023-full.tsv.gz");

    public static async Task<RegionTree> LoadAsync(string path)
    {
        await using var file = File.OpenRead(path);
        var rows = await RegionFileReader.ReadAsync(file, CancellationToken.None);
        return RegionTree.Build(rows.Select(r => (r.Code, r.Name)));
    }

    private static string Find(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return relative;
    }
}

[MemoryDiagnoser]
public class LookupBenchmarks
{
    private RegionTree _tree = RegionTree.Empty;
    private int _dajindian;

    [GlobalSetup]
    public void Setup()
    {
        _tree = Dataset.LoadAsync(Dataset.Path).GetAwaiter().GetResult();
        _dajindian = _tree.IndexOf(410185100000);
        Console.WriteLine($"// tree: {_tree.Count} regions from {Dataset.Path}");
    }

    /// <summary>Code → node: the frozen dictionary lookup.</summary>
    [Benchmark]
    public int FindNode() => _tree.IndexOf(410185100202);

    /// <summary>Code → its children (大金店镇, 27 villages): lookup plus the span of child positions.</summary>
    [Benchmark]
    public int ChildrenOfTown()
    {
        var children = _tree.ChildrenOf(_tree.IndexOf(410185100000));
        return children.Length + children[^1];
    }

    /// <summary>The same children read out (code and name of each), as the API does before serialising.</summary>
    [Benchmark]
    public int ChildrenOfTownReadOut()
    {
        var sum = 0;
        foreach (var child in _tree.ChildrenOf(_dajindian))
        {
            sum += (int)(_tree.CodeAt(child) & 0xff) + _tree.NameAt(child).Length;
        }

        return sum;
    }

    /// <summary>The last-level rule for a village in the home county (what ValidateAddressRegionQuery does, without the mediator).</summary>
    [Benchmark]
    public bool ValidateAddress() => ValidateAddressRegionQueryHandler.Check(_tree, "410185100202", 410185000000).IsValid;

    /// <summary>Name search over the whole country (prefix, then contains), 20 results.</summary>
    [Benchmark]
    public int SearchByName() => _tree.Search("嵩阳", 20).Count;
}

internal static class Memory
{
    public static Task RunAsync(string path)
    {
        var before = Settle();
        var started = Stopwatch.GetTimestamp();
        var tree = LoadOnAnotherThread(path);
        var loadMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var after = Settle();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"regions: {tree.Count:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file read, parsed and tree built in {loadMs:N0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"managed heap held by the tree: {(after - before) / 1024.0 / 1024.0:N1} MiB ({(after - before) / (double)tree.Count:N0} bytes per region)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process working set: {Environment.WorkingSet / 1024.0 / 1024.0:N1} MiB"));
        GC.KeepAlive(tree);
        return Task.CompletedTask;
    }

    // Loading on a thread of its own leaves no temporaries (file bytes, text, rows) reachable from this stack.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static RegionTree LoadOnAnotherThread(string path)
    {
        RegionTree? tree = null;
        var thread = new Thread(() => tree = Dataset.LoadAsync(path).GetAwaiter().GetResult());
        thread.Start();
        thread.Join();
        return tree!;
    }

    private static long Settle()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

internal static class Load
{
    public static async Task RunAsync(string[] args)
    {
        var url = args.FirstOrDefault(a => a.StartsWith("http", StringComparison.Ordinal)) ?? "http://127.0.0.1:5080/api/v1/regions/410185100000/children";
        var rate = Option(args, "--rate", 2000);
        var seconds = Option(args, "--seconds", 30);
        var connections = Option(args, "--connections", 64);
        var total = rate * seconds;

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        var cookieAt = Array.IndexOf(args, "--cookie");
        if (cookieAt >= 0 && cookieAt + 1 < args.Length)
        {
            // A signed-in staff member's cookie (the reviewer's queue).
            client.DefaultRequestHeaders.TryAddWithoutValidation("Cookie", args[cookieAt + 1]);
        }

        var warmups = Option(args, "--warmup", 2000);

        // Warm-up: JIT, connections.
        for (var i = 0; i < warmups; i++)
        {
            using var warm = await client.GetAsync(url);
        }

        var latencies = new double[total];
        var failures = 0;
        var tasks = new List<Task>(total);
        var ticksPerRequest = Stopwatch.Frequency / (double)rate;
        var start = Stopwatch.GetTimestamp();
        var next = 0;

        // Open loop without spinning (a spinning client would take a core from the server on a
        // 2-core machine): wake about every millisecond and send every request that is due.
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(1));
        while (next < total)
        {
            var now = Stopwatch.GetTimestamp();
            while (next < total && start + (long)(next * ticksPerRequest) <= now)
            {
                var index = next++;
                var scheduled = start + (long)(index * ticksPerRequest);
                tasks.Add(SendAsync(client, url, scheduled, latencies, index, () => Interlocked.Increment(ref failures)));
            }

            await timer.WaitForNextTickAsync();
        }

        await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Array.Sort(latencies);
        double P(double q) => latencies[Math.Min(total - 1, (int)Math.Ceiling(q * total) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GET {url}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total:N0} requests at a target of {rate:N0}/s over {elapsed:N1} s (achieved {total / elapsed:N0}/s), {connections} connections, {failures} failed"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency ms: p50 {P(0.50):N2}  p90 {P(0.90):N2}  p99 {P(0.99):N2}  p99.9 {P(0.999):N2}  max {latencies[^1]:N2}"));
    }

    private static async Task SendAsync(HttpClient client, string url, long scheduled, double[] latencies, int index, Action failed)
    {
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failed();
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            failed();
        }
        finally
        {
            latencies[index] = (Stopwatch.GetTimestamp() - scheduled) * 1000.0 / Stopwatch.Frequency;
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
