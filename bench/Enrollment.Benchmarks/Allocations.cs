using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

/// <summary>
/// What a trace's managed allocations were (issue 17): the sampled allocation ticks of a `dotnet-trace collect
/// --profile gc-verbose` file (one tick per ~100 KB allocated, so each stands for that many bytes), summed by type, by
/// the allocating method and by the first method of this project's code on the stack.
/// </summary>
internal static class Allocations
{
    public static void Run(string[] args)
    {
        var path = args.FirstOrDefault() ?? throw new ArgumentException("usage: allocations <file.nettrace> [top] [type]");
        var top = int.TryParse(args.ElementAtOrDefault(1), out var n) ? n : 25;
        // A type's name (or part of it): also its most frequent stacks, 12 frames deep.
        var stacksOf = args.ElementAtOrDefault(2);
        var stacks = new Dictionary<string, long>();
        var etlx = TraceLog.CreateFromEventPipeDataFile(path);
        using var log = new TraceLog(etlx);
        var byType = new Dictionary<string, long>();
        var byMethod = new Dictionary<string, long>();
        var byOurs = new Dictionary<string, long>();
        long total = 0;
        foreach (var e in log.Events)
        {
            if (e is not GCAllocationTickTraceData tick)
            {
                continue;
            }

            var bytes = tick.AllocationAmount64;
            total += bytes;
            Add(byType, tick.TypeName ?? "?", bytes);
            var frame = e.CallStack();
            if (stacksOf is not null && tick.TypeName?.Contains(stacksOf, StringComparison.Ordinal) == true)
            {
                var names = new List<string>();
                for (var f = frame; f is not null && names.Count < 12; f = f.Caller)
                {
                    names.Add("    " + f.CodeAddress.FullMethodName);
                }

                Add(stacks, string.Join('\n', names), bytes);
            }

            Add(byMethod, frame?.CodeAddress.FullMethodName is { Length: > 0 } m ? m : "?", bytes);
            var ours = "(none of ours)";
            for (; frame is not null; frame = frame.Caller)
            {
                var name = frame.CodeAddress.FullMethodName;
                if (name?.StartsWith("Enrollment.", StringComparison.Ordinal) == true)
                {
                    ours = name;
                    break;
                }
            }

            Add(byOurs, ours, bytes);
        }

        Console.WriteLine($"sampled allocations: {total / 1048576.0:F0} MiB");
        Print("by type", byType, total, top);
        Print("by allocating method", byMethod, total, top);
        Print("by the first method of ours on the stack", byOurs, total, top);
        if (stacksOf is not null)
        {
            Print($"stacks of {stacksOf}", stacks, total, 5);
        }
    }

    private static void Add(Dictionary<string, long> sums, string key, long bytes) =>
        sums[key] = sums.GetValueOrDefault(key) + bytes;

    private static void Print(string title, Dictionary<string, long> sums, long total, int top)
    {
        Console.WriteLine($"\n{title}:");
        foreach (var (key, bytes) in sums.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"{bytes / 1048576.0,8:F1} MiB {100.0 * bytes / total,5:F1} %  {key}");
        }
    }
}
