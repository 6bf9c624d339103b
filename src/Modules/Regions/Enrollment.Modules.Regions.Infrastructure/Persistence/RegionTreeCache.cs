using Enrollment.Modules.Regions.Application.Abstractions;
using Enrollment.Modules.Regions.Domain.Regions;
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

    /// <summary>Swaps in a tree built by an import; waits for a reload in progress so that an older read cannot win.</summary>
    public async Task ReplaceAsync(RegionTree tree, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            _tree = tree;
        }
        finally
        {
            _loading.Release();
        }
    }

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
        var rows = await context.ReadAllRegionsAsync(null, cancellationToken);
        var tree = RegionTree.Build(rows.Select(p => (p.Key, p.Value)));
        LogLoaded(logger, tree.Count, tree.Version, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return tree;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Region tree loaded: {Count} regions, version {Version}, in {ElapsedMs:0} ms")]
    private static partial void LogLoaded(ILogger logger, int count, string version, double elapsedMs);
}
