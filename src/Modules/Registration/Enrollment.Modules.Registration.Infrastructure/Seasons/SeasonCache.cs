using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Infrastructure.Seasons;

/// <summary>Bound from <c>Registration:SeasonCache</c>.</summary>
public sealed class SeasonCacheOptions
{
    public const string SectionName = "Registration:SeasonCache";

    /// <summary>
    /// How long an instance reads seasons from memory before it reads them again. A change made on this
    /// instance is seen at once; one made on another instance within this time (ADR-0038). Zero: read
    /// the database every time.
    /// </summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Every season (a county has one a year), read without tracking and kept for
/// <see cref="SeasonCacheOptions.Ttl"/>: the wizard's pages, <c>GET /api/v1/seasons/current</c> and the
/// other modules' contract queries read the season on nearly every request for a value that changes a
/// few times a year. The seasons handed out are shared between requests and must only be read; a
/// change loads its season tracked (<c>ISeasonRepository.GetAsync</c>), and saving any season through
/// the Registration context empties the cache of this instance (ADR-0038).
/// </summary>
internal sealed class SeasonCache(Microsoft.Extensions.Options.IOptions<SeasonCacheOptions> options)
{
    private readonly Lock _gate = new();
    private Snapshot? _snapshot;
    private long _generation;

    /// <summary>The cached seasons, or null when they must be read (never read, expired or changed).</summary>
    public IReadOnlyList<Season>? TryGet()
    {
        var snapshot = Volatile.Read(ref _snapshot);
        return snapshot is not null && Environment.TickCount64 < snapshot.ExpiresAt ? snapshot.Seasons : null;
    }

    /// <summary>Taken before reading the database; <see cref="Store"/> keeps the result only if nothing changed meanwhile.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public void Store(IReadOnlyList<Season> seasons, long generationWhenRead)
    {
        var ttl = options.Value.Ttl;
        if (ttl <= TimeSpan.Zero)
        {
            return;
        }

        lock (_gate)
        {
            if (_generation == generationWhenRead)
            {
                _snapshot = new Snapshot(seasons, Environment.TickCount64 + (long)ttl.TotalMilliseconds);
            }
        }
    }

    /// <summary>A season was added, changed or removed on this instance.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            _snapshot = null;
        }
    }

    private sealed record Snapshot(IReadOnlyList<Season> Seasons, long ExpiresAt);
}
