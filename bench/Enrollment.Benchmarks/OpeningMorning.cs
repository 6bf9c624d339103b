using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

/// <summary>
/// The opening morning (issue 17): N parents at once, each signed in through the WeChat simulator and
/// agreed to 平台协议 beforehand (its 30 s reading time is waited once for all), then each running
/// wizards back to back (closed loop) for the given time. One wizard is 17 requests:
/// GET seasons/current, POST applications (page 1), GET schools, PUT student (2), PUT guardians (3),
/// GET regions children, PUT household (4), three evidence pages filled and four skipped (5–11), GET the application, POST submission.
/// --think-ms n: each parent pauses about n ms (uniform over n/2 to 3n/2) before each request, as a parent reading the page would (default 0).
/// Prints throughput, latency percentiles per request and overall, failures by status, and (with --pg)
/// the outbox backlog sampled every second and the delay from each submission's commit to its delivery
/// to Review's history (the outbox row's OccurredAt → ProcessedAt).
/// Faults (bench/kill.sh, bench/pg-restart.sh, bench/scale-out.sh): starting and submitting send an <c>Idempotency-Key</c>;
/// with --retry-lost a request whose answer was lost (connection error, timeout), refused with 503 and Retry-After, or
/// answered 409 idempotency.in-progress is sent again as it was (same key) until it is answered, as a parent's page
/// would; --replay-check sends every acknowledged submission once more with its key after the load and compares the
/// answer with the first; --timeline writes the answers per second (2xx, 503, other errors, lost) for the fault scripts.
/// </summary>
internal static class OpeningMorning
{
    /// <summary>
    /// The issue's opening morning: three evidence pages filled (a flat the father owns, his employment with a
    /// social-insurance number, the household's electricity account) and the other four skipped.
    /// </summary>
    private static readonly (string Kind, object? Page)[] Evidence =
    [
        ("property", new
        {
            holder = "Father", titleType = "RealEstateCertificate", certificateNumber = "豫(2023)登封市不动产权第0001234号",
            regionCode = "410185001001", addressDetail = "中岳大街72号秀丽王府花园3号楼2单元101室", community = "秀丽王府花园",
        }),
        ("residence-permit", null),
        ("employment", new
        {
            parent = "Father", employer = "登封市某某建材有限公司", regionCode = "410185001001", addressDetail = "中岳大街100号",
            socialInsuranceNumber = "4101850012345678",
        }),
        ("business", null),
        ("preferential-care", null),
        ("relocation", null),
        ("long-term-residence", new
        {
            owner = "Father", paymentType = "Electricity", accountNumber = "0301234567", accountHolderName = "张伟",
            regionCode = "410185001001", addressDetail = "中岳大街72号", community = "秀丽王府花园",
        }),
    ];

    public static async Task RunAsync(string[] args)
    {
        var baseUrl = new Uri(args.FirstOrDefault(a => a.StartsWith("http", StringComparison.Ordinal)) ?? "http://127.0.0.1:5080");
        var parents = Option(args, "--parents", 50);
        var seconds = Option(args, "--seconds", 60);
        var pg = StringOption(args, "--pg");
        var idBase = Option(args, "--id-offset", 0);
        var ackedLog = StringOption(args, "--acked");
        var timelineLog = StringOption(args, "--timeline");
        Faults.RetryLost = args.Contains("--retry-lost");
        Parent.ThinkMilliseconds = Option(args, "--think-ms", 0);
        var replayCheck = args.Contains("--replay-check");
        var checkCookieOn = StringOption(args, "--check-cookie-on");
        var fixedWizards = Option(args, "--wizards", 0);
        var warmupWizards = Option(args, "--warmup-wizards", 0);
        var hostPid = Option(args, "--host-pid", 0);

        using var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = parents + 8,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };

        var season = await http.GetFromJsonAsync<JsonElement>("/api/v1/seasons/current");
        var earliest = DateOnly.Parse(season.GetProperty("primaryEntry").GetProperty("earliestBirthDate").GetString()!, CultureInfo.InvariantCulture);
        var schools = await http.GetFromJsonAsync<JsonElement>("/api/v1/schools?graduationType=KindergartenGraduate");
        var school = schools[0].GetProperty("id").GetGuid();
        var classes = await http.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{school}/classes");
        var schoolClass = classes[0].GetProperty("id").GetGuid();

        // Sign-in and consent, not measured.
        var sw = Stopwatch.StartNew();
        var clients = new Parent[parents];
        await Parallel.ForEachAsync(Enumerable.Range(0, parents), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var parent = new Parent(http, $"obench{Guid.NewGuid():N}");
            await parent.SignInAsync();
            clients[i] = parent;
        });
        var versions = new int[parents];
        await Parallel.ForEachAsync(Enumerable.Range(0, parents), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            versions[i] = (await clients[i].SendJsonAsync(HttpMethod.Get, "/api/v1/agreement", null, HttpStatusCode.OK)).GetProperty("version").GetInt32());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{parents} parents signed in and shown 平台协议 in {sw.Elapsed.TotalSeconds:N1} s; waiting out its 30 s reading time"));
        await Task.Delay(TimeSpan.FromSeconds(31));
        await Parallel.ForEachAsync(Enumerable.Range(0, parents), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            await clients[i].SendJsonAsync(HttpMethod.Post, "/api/v1/agreement/acceptance", new { version = versions[i] }, HttpStatusCode.OK));

        var samples = new ConcurrentBag<Sample>();
        var acked = new ConcurrentBag<Submitted>();
        var failures = new ConcurrentDictionary<string, int>();
        var wizards = 0;
        var nextId = idBase;
        var backlog = new List<(double At, long Pending)>();

        // Warm-up wizards (JIT, tiered compilation, caches), not measured.
        if (warmupWizards > 0)
        {
            var warm = 0;
            var warmSamples = new ConcurrentBag<Sample>();
            var warmFailures = new ConcurrentDictionary<string, int>();
            var warmAcked = new ConcurrentBag<Submitted>();
            var warmCount = 0;
            await RunWizardsAsync(() => Interlocked.Increment(ref warm) <= warmupWizards, warmSamples, warmAcked, warmFailures, () => Interlocked.Increment(ref warmCount));
            Console.WriteLine($"warm-up: {warmCount} wizards, failures: " + (warmFailures.IsEmpty ? "none" : string.Join(", ", warmFailures.Select(f => $"{f.Key} ×{f.Value}"))));
        }

        // The host's own CPU while nothing is asked of it (pollers, timers), to tell it from the CPU the wizards cost.
        var idle = TimeSpan.Zero;
        if (hostPid > 0)
        {
            // The warm-up's outbox messages delivered first.
            var drainWait = Stopwatch.GetTimestamp();
            while (pg is not null && await PendingAsync(pg) > 0 && Stopwatch.GetElapsedTime(drainWait) < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(250);
            }

            // Then until the runtime's tiered compilation has caught up with the warm-up (EF Core and most packages are not
            // precompiled, so the first minutes JIT tens of thousands of methods in the background): 5 s windows until
            // one costs less than --quiet-ms (default 100) per second, at most 5 minutes.
            var quiet = Option(args, "--quiet-ms", 100);
            var quietWait = Stopwatch.GetTimestamp();
            while (Stopwatch.GetElapsedTime(quietWait) < TimeSpan.FromMinutes(5))
            {
                var before = HostCpu.Read(hostPid);
                await Task.Delay(TimeSpan.FromSeconds(5));
                var rate = (HostCpu.Read(hostPid) - before).TotalMilliseconds / 5;
                if (rate < quiet)
                {
                    break;
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"waited {Stopwatch.GetElapsedTime(quietWait).TotalSeconds:N0} s for the host to go quiet after the warm-up"));
            var idleStart = Stopwatch.GetTimestamp();
            if (StringOption(args, "--idle-file") is { } idleFile)
            {
                await File.WriteAllTextAsync(idleFile, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            }

            var idleCpu0 = HostCpu.Read(hostPid);
            await Task.Delay(TimeSpan.FromSeconds(10));
            idle = HostCpu.Read(hostPid) - idleCpu0;
            var idleSeconds = Stopwatch.GetElapsedTime(idleStart).TotalSeconds;
            idle = TimeSpan.FromMilliseconds(idle.TotalMilliseconds / idleSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"host CPU while idle: {idle.TotalMilliseconds:N1} ms per second"));
        }

        using var stop = new CancellationTokenSource();
        var start = Stopwatch.GetTimestamp();
        var startedAt = DateTimeOffset.UtcNow;
        var cpu0 = hostPid > 0 ? HostCpu.Read(hostPid) : TimeSpan.Zero;
        if (StringOption(args, "--started-file") is { } startedFile)
        {
            // For the scripts that profile only the measured wizards (bench/host-cpu.sh).
            await File.WriteAllTextAsync(startedFile, startedAt.ToString("O", CultureInfo.InvariantCulture));
        }

        var deadline = start + (long)(seconds * (double)Stopwatch.Frequency);
        var sampler = pg is null ? Task.CompletedTask : SampleBacklogAsync(pg, start, backlog, stop.Token);
        var claimed = 0;
        await RunWizardsAsync(
            fixedWizards > 0 ? () => Interlocked.Increment(ref claimed) <= fixedWizards : () => Stopwatch.GetTimestamp() < deadline,
            samples, acked, failures, () => Interlocked.Increment(ref wizards));
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpu1 = hostPid > 0 ? HostCpu.Read(hostPid) : TimeSpan.Zero;

        async Task RunWizardsAsync(Func<bool> more, ConcurrentBag<Sample> into, ConcurrentBag<Submitted> answers, ConcurrentDictionary<string, int> failed, Action done) =>
            await Task.WhenAll(clients.Select(async parent =>
            {
                // At a human pace the parents do not all start at the same instant.
                await parent.ThinkAsync();
                while (more())
                {
                    var n = Interlocked.Increment(ref nextId);
                    try
                    {
                        answers.Add(await parent.WizardAsync(earliest, n, school, schoolClass, into));
                        done();
                    }
                    catch (WizardFailed failure)
                    {
                        failed.AddOrUpdate(failure.Message, 1, (_, c) => c + 1);
                    }
                    catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                    {
                        // The host is down (the fault test) or overloaded: count it and wait a little, as a parent would.
                        failed.AddOrUpdate(exception.GetType().Name, 1, (_, c) => c + 1);
                        await Task.Delay(500);
                    }
                }
            }));
        if (ackedLog is not null)
        {
            // Every application whose submission was answered 200: the fault test looks for each in the database.
            await File.WriteAllLinesAsync(ackedLog, acked.Select(a => a.Id.ToString()));
        }

        // The backlog until it drains (at most 5 minutes more).
        if (pg is not null)
        {
            var drainStart = Stopwatch.GetTimestamp();
            while (await PendingAsync(pg) > 0 && Stopwatch.GetElapsedTime(drainStart) < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(250);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outbox drained {Stopwatch.GetElapsedTime(drainStart).TotalSeconds:N1} s after the load stopped"));
        }

        if (hostPid > 0)
        {
            // Host CPU (user + system, /proc) over exactly the measured wizards, and until their outbox messages were
            // delivered (with --pg): fairly independent of the machine's load, unlike the wall-clock figures.
            var during = (cpu1 - cpu0).TotalMilliseconds;
            var total = (HostCpu.Read(hostPid) - cpu0).TotalMilliseconds;
            var seconds2 = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var requests = samples.Count;
            var background = idle.TotalMilliseconds * seconds2;
            var n = Math.Max(1, wizards);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"host CPU over {wizards} wizards ({requests} requests, {elapsed:N1} s, {startedAt:HH:mm:ss}–{DateTimeOffset.UtcNow:HH:mm:ss} UTC): "
                + $"{during:N0} ms while they ran ({during / n:N1} ms per wizard); {total:N0} ms until their outbox was delivered ({seconds2:N1} s): "
                + $"{total / n:N1} ms per wizard, {total / Math.Max(1, requests):N2} ms per request; less the idle rate ({background:N0} ms): "
                + $"{(total - background) / n:N1} ms per wizard"));
        }

        await stop.CancelAsync();
        await sampler;

        if (replayCheck)
        {
            // The parent sends the same submission again with the same key (a double tap, a page reloaded after the
            // answer was lost): it must get the first answer again, from whichever instance it reaches.
            int same = 0, different = 0;
            var differences = new ConcurrentDictionary<string, int>();
            await Parallel.ForEachAsync(acked, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (submitted, ct) =>
            {
                var (status, replayed, body) = await submitted.Parent.ResendAsync($"/api/v1/applications/{submitted.Id}/submission", submitted.Key);
                if (status == 200 && replayed && JsonElement.DeepEquals(JsonDocument.Parse(body).RootElement, submitted.Answer))
                {
                    Interlocked.Increment(ref same);
                }
                else
                {
                    Interlocked.Increment(ref different);
                    differences.AddOrUpdate($"{status}{(replayed ? " replayed" : string.Empty)}", 1, (_, c) => c + 1);
                }
            });
            Console.WriteLine($"idempotency: {acked.Count} acknowledged submissions sent again with their key: {same} the same answer (replayed), {different} different"
                + (differences.IsEmpty ? string.Empty : " (" + string.Join(", ", differences.Select(d => $"{d.Key} ×{d.Value}")) + ")"));
        }

        if (checkCookieOn is not null && clients.Length > 0)
        {
            // A parent's cookie, made through the proxy, sent straight to each instance.
            foreach (var instance in checkCookieOn.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var status = await clients[0].StatusAtAsync(new Uri(new Uri(instance), "/api/v1/me"));
                Console.WriteLine($"cookie check: GET /api/v1/me at {instance} with a parent's cookie from the proxy: {status}");
            }
        }

        if (timelineLog is not null)
        {
            await File.WriteAllLinesAsync(timelineLog, Faults.Timeline.OrderBy(t => t.Key).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value[0]} {t.Value[1]} {t.Value[2]} {t.Value[3]} {t.Value[4]}")));
        }

        if (Faults.RetryLost || !Faults.Counts.IsEmpty)
        {
            Console.WriteLine("faults seen by the parents: " + (Faults.Counts.IsEmpty ? "none" : string.Join(", ", Faults.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} ×{c.Value}"))));
        }

        var all = samples.ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{parents} parents, {elapsed:N1} s: {wizards:N0} wizards submitted ({wizards / elapsed:N1}/s), {all.Length:N0} requests ({all.Length / elapsed:N0}/s)"));
        Console.WriteLine("failures: " + (failures.IsEmpty ? "none" : string.Join(", ", failures.Select(f => $"{f.Key} ×{f.Value}"))));
        Print("all requests", all.Select(s => s.Ms));
        foreach (var step in all.GroupBy(s => s.Step).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Print(step.Key, step.Select(s => s.Ms));
        }

        if (pg is not null)
        {
            Console.WriteLine("outbox backlog (unprocessed messages, all modules) every 5 s: "
                + string.Join(" ", backlog.Where((_, i) => i % 5 == 0).Select(b => b.Pending.ToString(CultureInfo.InvariantCulture))));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outbox backlog max {(backlog.Count == 0 ? 0 : backlog.Max(b => b.Pending)):N0}"));
            await PrintDelaysAsync(pg);
        }

    }

    private static async Task SampleBacklogAsync(string pg, long start, List<(double, long)> backlog, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var pending = await PendingAsync(pg);
                lock (backlog)
                {
                    backlog.Add((Stopwatch.GetElapsedTime(start).TotalSeconds, pending));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static readonly string[] Schemas = ["registration", "evidence", "review", "identity", "regions"];

    private static async Task<long> PendingAsync(string pg)
    {
        await using var connection = new NpgsqlConnection(pg);
        await connection.OpenAsync();
        var sql = string.Join(" + ", Schemas.Select(s => $"(SELECT count(*) FROM {s}.\"OutboxMessages\" WHERE \"ProcessedAt\" IS NULL)"));
        await using var command = new NpgsqlCommand("SELECT " + sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task PrintDelaysAsync(string pg)
    {
        await using var connection = new NpgsqlConnection(pg);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY d), percentile_cont(0.95) WITHIN GROUP (ORDER BY d),
                   percentile_cont(0.99) WITHIN GROUP (ORDER BY d), max(d)
            FROM (SELECT extract(epoch FROM "ProcessedAt" - "OccurredAt") * 1000 AS d
                  FROM registration."OutboxMessages" WHERE "Type" LIKE '%Submitted%' AND "ProcessedAt" IS NOT NULL) x
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"submission → Review's history (outbox OccurredAt → ProcessedAt), {reader.GetInt64(0):N0} submissions: p50 {Val(reader, 1):N0} ms  p95 {Val(reader, 2):N0} ms  p99 {Val(reader, 3):N0} ms  max {Val(reader, 4):N0} ms"));

        static double Val(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? double.NaN : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);
    }

    private static void Print(string name, IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return;
        }

        double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-22} n {sorted.Length,7:N0}  p50 {P(0.5),7:N1}  p95 {P(0.95),7:N1}  p99 {P(0.99),7:N1}  max {sorted[^1],7:N1} ms"));
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    internal static string? StringOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>A valid 18-digit resident ID (GB 11643 check character).</summary>
    internal static string ResidentId(string region, DateOnly birth, int sequence)
    {
        var body = $"{region}{birth:yyyyMMdd}{sequence % 1000:D3}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }

    internal sealed record Sample(string Step, double Ms);

    /// <summary>A process's CPU time so far (user + system) from <c>/proc/&lt;pid&gt;/stat</c>, in clock ticks of 10 ms.</summary>
    internal static class HostCpu
    {
        public static TimeSpan Read(int pid)
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After the name: state is field 3, utime field 14, stime field 15 (1-based over the whole line).
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
    }

    /// <summary>An acknowledged submission: the key it was sent with and the answer it got.</summary>
    internal sealed record Submitted(Guid Id, string Key, JsonElement Answer, Parent Parent);

    /// <summary>What the fault scripts read: answers per second, and the faults the parents met and how they ended.</summary>
    internal static class Faults
    {
        public static bool RetryLost { get; set; }

        public static TimeSpan RetryFor { get; } = TimeSpan.FromMinutes(5);

        /// <summary>Per Unix second: 2xx/3xx, 503, other 4xx/5xx, 409 idempotency.in-progress, lost (no answer).</summary>
        public static ConcurrentDictionary<long, int[]> Timeline { get; } = new();

        public static ConcurrentDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public static void Saw(int column, string? what)
        {
            if (column >= 0)
            {
                var row = Timeline.GetOrAdd(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), _ => new int[5]);
                Interlocked.Increment(ref row[column]);
            }

            if (what is not null)
            {
                Counts.AddOrUpdate(what, 1, (_, c) => c + 1);
            }
        }
    }

    internal sealed class WizardFailed(string message) : Exception(message);

    /// <summary>One parent: its own cookies (parent session and CSRF) over the shared connection pool.</summary>
    internal sealed class Parent(HttpClient http, string openId)
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        /// <summary>
        /// --think-ms: the mean pause of a parent between two requests of a wizard (uniform over half to one and a half
        /// times it), as a parent reads and types; 0 runs the requests back to back (a closed loop that saturates).
        /// </summary>
        public static int ThinkMilliseconds { get; set; }

        public Task ThinkAsync() =>
            ThinkMilliseconds <= 0 ? Task.CompletedTask : Task.Delay(ThinkMilliseconds / 2 + Random.Shared.Next(ThinkMilliseconds + 1));

        public Task SignInAsync() =>
            Enrollment.Testing.WeChatSimulatorSignIn.WalkAsync((uri, _) => SendAsync(new HttpRequestMessage(HttpMethod.Get, uri)), http.BaseAddress!, openId, maxHops: 6);

        public async Task<Submitted> WizardAsync(DateOnly earliest, int n, Guid school, Guid schoolClass, ConcurrentBag<Sample> samples)
        {
            // Distinct children: one birth day of the window and one sequence number per wizard.
            var childId = ResidentId("410185", earliest.AddDays(n % 360), (n / 360 % 500 * 2) + 1);
            var fatherId = ResidentId("410185", new DateOnly(1988, 5, 1).AddDays(n % 3000), 11);
            await TimedAsync(samples, "GET season", HttpMethod.Get, "/api/v1/seasons/current", null, HttpStatusCode.OK);
            var created = await TimedAsync(samples, "POST application", HttpMethod.Post, "/api/v1/applications", new { graduationType = "KindergartenGraduate" }, HttpStatusCode.Created, Guid.NewGuid().ToString());
            var applicationId = created.GetProperty("id").GetGuid();
            var location = $"/api/v1/applications/{applicationId}";
            await TimedAsync(samples, "GET schools", HttpMethod.Get, "/api/v1/schools?graduationType=KindergartenGraduate", null, HttpStatusCode.OK);
            await TimedAsync(samples, "PUT student", HttpMethod.Put, $"{location}/student", new
            {
                name = "张小明",
                residentId = childId,
                ethnicityCode = "01",
                graduationSchoolId = school,
                graduationClassId = schoolClass,
            }, HttpStatusCode.OK);
            await TimedAsync(samples, "PUT guardians", HttpMethod.Put, $"{location}/guardians", new
            {
                father = new { name = "张伟", residentId = fatherId, mobile = "13838012345", regionCode = "410185001001", addressDetail = "中岳大街72号" },
            }, HttpStatusCode.OK);
            await TimedAsync(samples, "GET region children", HttpMethod.Get, "/api/v1/regions/410185001000/children", null, HttpStatusCode.OK);
            await TimedAsync(samples, "PUT household", HttpMethod.Put, $"{location}/household", new
            {
                type = "Family",
                regionCode = "410185001001",
                addressDetail = "中岳大街72号秀丽王府花园3号楼2单元101室",
                community = "秀丽王府花园",
                householder = new { name = "张伟", residentId = fatherId, relation = "子" },
            }, HttpStatusCode.OK);
            foreach (var (kind, page) in Evidence)
            {
                _ = page is null
                    ? await TimedAsync(samples, "POST evidence skip", HttpMethod.Post, $"{location}/evidence/{kind}/skip", null, HttpStatusCode.OK)
                    : await TimedAsync(samples, "PUT evidence", HttpMethod.Put, $"{location}/evidence/{kind}", page, HttpStatusCode.OK);
            }

            await TimedAsync(samples, "GET application", HttpMethod.Get, location, null, HttpStatusCode.OK);
            var key = Guid.NewGuid().ToString();
            var answer = await TimedAsync(samples, "POST submission", HttpMethod.Post, $"{location}/submission", null, HttpStatusCode.OK, key);
            return new Submitted(applicationId, key, answer, this);
        }

        public Task<JsonElement> SendJsonAsync(HttpMethod method, string url, object? body, HttpStatusCode expected) =>
            TimedAsync(null, url, method, url, body, expected);

        private async Task<JsonElement> TimedAsync(ConcurrentBag<Sample>? samples, string step, HttpMethod method, string url, object? body, HttpStatusCode expected, string? idempotencyKey = null)
        {
            if (samples is not null)
            {
                await ThinkAsync();
            }

            var retriedSince = (long?)null;
            var lost = false;
            while (true)
            {
                var request = new HttpRequestMessage(method, url);
                if (body is not null)
                {
                    request.Content = JsonContent.Create(body);
                }

                if (idempotencyKey is not null)
                {
                    request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
                }

                var started = Stopwatch.GetTimestamp();
                HttpResponseMessage response;
                try
                {
                    response = await SendAsync(request);
                }
                catch (Exception exception) when (Faults.RetryLost && exception is HttpRequestException or TaskCanceledException
                    && Stopwatch.GetElapsedTime(retriedSince ??= Stopwatch.GetTimestamp()) < Faults.RetryFor)
                {
                    // The answer is lost (the instance was killed, the connection dropped): send the same request again.
                    Faults.Saw(4, $"{step}: answer lost, sent again");
                    lost = true;
                    await Task.Delay(500);
                    continue;
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    Faults.Saw(4, null);
                    throw;
                }

                using (response)
                {
                    var bytes = await response.Content.ReadAsByteArrayAsync();
                    samples?.Add(new Sample(step, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                    var code = response.StatusCode >= HttpStatusCode.BadRequest && bytes.Length > 0 && TryCode(bytes) is { } c ? " " + c : string.Empty;
                    Faults.Saw(response.StatusCode == HttpStatusCode.ServiceUnavailable ? 1 : (int)response.StatusCode < 400 ? 0 : response.StatusCode == HttpStatusCode.Conflict && code == " idempotency.in-progress" ? 3 : 2, null);
                    if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                    {
                        Faults.Saw(-1, $"503{code}{(response.Headers.RetryAfter is null ? " without Retry-After" : " with Retry-After")}");
                    }

                    var retryAfter = response.Headers.RetryAfter?.Delta;
                    if (Faults.RetryLost && retryAfter is not null && response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.Conflict
                        && Stopwatch.GetElapsedTime(retriedSince ??= Stopwatch.GetTimestamp()) < Faults.RetryFor)
                    {
                        // Refused for now (the database is away, or the first request with this key has not finished): wait as told, send again.
                        Faults.Saw(-1, $"{step}: {(int)response.StatusCode}{code}, sent again after Retry-After");
                        await Task.Delay(TimeSpan.FromSeconds(Math.Min(retryAfter.Value.TotalSeconds, 5)));
                        continue;
                    }

                    if (lost)
                    {
                        Faults.Saw(-1, $"{step}: after a lost answer, answered {(int)response.StatusCode}{code}{(response.Headers.Contains("Idempotency-Replayed") ? " (replayed: the first request had been done)" : string.Empty)}");
                    }

                    if (response.StatusCode != expected)
                    {
                        throw new WizardFailed($"{step} {(int)response.StatusCode}{code}");
                    }

                    return bytes.Length == 0 ? default : JsonDocument.Parse(bytes).RootElement.Clone();
                }
            }
        }

        /// <summary>The same submission again with its key: status, whether it was a replay, and the body.</summary>
        public async Task<(int Status, bool Replayed, string Body)> ResendAsync(string url, string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url);
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
            using var response = await SendAsync(request);
            return ((int)response.StatusCode, response.Headers.Contains("Idempotency-Replayed"), await response.Content.ReadAsStringAsync());
        }

        /// <summary>GET an absolute address (another instance, not through the proxy) with this parent's cookies.</summary>
        public async Task<int> StatusAtAsync(Uri url)
        {
            using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, url));
            return (int)response.StatusCode;
        }

        private static string? TryCode(byte[] bytes)
        {
            try
            {
                using var problem = JsonDocument.Parse(bytes);
                return problem.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            request.RequestUri = request.RequestUri!.IsAbsoluteUri ? request.RequestUri : new Uri(http.BaseAddress!, request.RequestUri!);
            lock (_cookies)
            {
                if (_cookies.Count > 0)
                {
                    request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
                }

                if (request.Method != HttpMethod.Get && _cookies.TryGetValue("enrollment.parent.csrf", out var csrf))
                {
                    request.Headers.TryAddWithoutValidation("X-CSRF-Token", csrf);
                }
            }

            request.Headers.Accept.ParseAdd("application/json");
            var response = await http.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                lock (_cookies)
                {
                    foreach (var header in setCookies)
                    {
                        var pair = header.Split(';', 2)[0];
                        var eq = pair.IndexOf('=', StringComparison.Ordinal);
                        if (eq > 0)
                        {
                            var value = pair[(eq + 1)..];
                            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                            {
                                _cookies.Remove(pair[..eq]);
                            }
                            else
                            {
                                _cookies[pair[..eq]] = value;
                            }
                        }
                    }
                }
            }

            return response;
        }
    }
}
