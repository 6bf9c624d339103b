using Enrollment.Modules.Regions.Application.Abstractions;
using Enrollment.Modules.Regions.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enrollment.Modules.Regions.Infrastructure.Persistence;

/// <summary>
/// The process's one division tree (singleton): loaded from the database on first use (or by the
/// seeder at start), replaced as a whole after an import; readers always see a complete tree.
/// </summary>
internal sealed partial class RegionTreeCache(IServiceScopeFactory scopes, ILogger<RegionTreeCache> logger) : IRegionTreeProvider
{
    private readonly SemaphoreSlim _loading = new(1, 1);

    private volatile RegionTree? _tree;

    public ValueTask<RegionTree> GetAsync(CancellationToken cancellationToken) =>
        _tree is { } tree ? ValueTask.FromResult(tree) : new ValueTask<RegionTree>(LoadOnceAsync(cancellationToken));

    public void Replace(RegionTree tree) => _tree = tree;

    /// <summary>Reads the table again and swaps the tree in.</summary>
    public async Task<RegionTree> ReloadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            var tree = await ReadAsync(cancellationToken);
            _tree = tree;
            return tree;
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<RegionTree> LoadOnceAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            return _tree ??= await ReadAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<RegionTree> ReadAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<RegionsDbContext>();
        var rows = new List<(long, string)>(100_000);
        await foreach (var row in context.Regions.AsNoTracking().Select(r => new { r.Code, r.Name }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (RegionCode.TryParse(row.Code, out var code))
            {
                rows.Add((code, row.Name));
            }
        }

        var tree = RegionTree.Build(rows);
        LogLoaded(logger, tree.Count, tree.Version, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return tree;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Region tree loaded: {Count} regions, version {Version}, in {ElapsedMs:0} ms")]
    private static partial void LogLoaded(ILogger logger, int count, string version, double elapsedMs);
}
