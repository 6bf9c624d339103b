using System.Collections.Concurrent;

namespace Enrollment.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Wakes this instance's <see cref="OutboxProcessor"/> when a unit of work has committed outbox messages, so
/// that they are delivered at once instead of at the next poll (ADR-0039). Messages committed by another
/// instance are that instance's to wake for; the poll remains for anything missed (a crash, a lease run out).
/// </summary>
public sealed class OutboxSignal
{
    private readonly ConcurrentDictionary<string, byte> _modules = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0);
    private int _pending;

    /// <summary>The module <paramref name="schema"/> committed messages.</summary>
    public void Notify(string schema)
    {
        _modules[schema] = 0;
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _wake.Release();
        }
    }

    /// <summary>Waits for a commit or the timeout; true when woken by a commit.</summary>
    internal async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var woken = await _wake.WaitAsync(timeout, cancellationToken);
        Interlocked.Exchange(ref _pending, 0);
        return woken;
    }

    /// <summary>The modules notified since the last call.</summary>
    internal List<string> TakeModules()
    {
        var modules = new List<string>(_modules.Count);
        foreach (var schema in _modules.Keys)
        {
            if (_modules.TryRemove(schema, out _))
            {
                modules.Add(schema);
            }
        }

        return modules;
    }
}
