using System.Data.Common;
using Enrollment.BuildingBlocks.Infrastructure.Seeding;
using Enrollment.Modules.Regions.Application.Importing.ImportRegions;
using Enrollment.Modules.Regions.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Regions.Infrastructure.Seeding;

/// <summary>
/// At start: when the division table is empty, imports the shipped dataset (whole country to town
/// level, all Henan villages; or <c>Regions:SeedFile</c>), then loads the tree so that the first
/// request does not wait for it. Safe on every start: a non-empty table is left alone.
/// </summary>
internal sealed partial class RegionsSeeder(
    RegionsDbContext context,
    ISender sender,
    RegionTreeCache cache,
    IOptions<RegionsOptions> options,
    ILogger<RegionsSeeder> logger) : IModuleSeeder
{
    public const string ShippedDataset = "regions-2023.tsv.gz";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.SeedOnStartup && !await context.Regions.AnyAsync(cancellationToken))
        {
            await using var file = OpenSeedFile(settings.SeedFile, out var source);
            try
            {
                var result = await sender.Send(new ImportRegionsCommand(file, source), cancellationToken);
                LogSeeded(logger, source, result.Added, result.ElapsedMilliseconds);
                return; // the import has put the new tree in place
            }
            catch (DbException)
            {
                // Another instance starting on the same empty database may have seeded it first (its rows
                // won the primary key); ours rolled back as a whole. Use what is there; else it is a failure.
                context.ChangeTracker.Clear();
                if (!await context.Regions.AnyAsync(cancellationToken))
                {
                    throw;
                }

                LogSeededElsewhere(logger);
            }
        }

        await cache.GetAsync(cancellationToken);
    }

    public static Stream OpenSeedFile(string? path, out string source)
    {
        if (!string.IsNullOrWhiteSpace(path))
        {
            source = Path.GetFileName(path);
            return File.OpenRead(path);
        }

        source = ShippedDataset;
        return typeof(RegionsSeeder).Assembly.GetManifestResourceStream(ShippedDataset)
            ?? throw new InvalidOperationException($"The shipped dataset {ShippedDataset} is not embedded in {typeof(RegionsSeeder).Assembly.GetName().Name}.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Regions were seeded by another instance at the same time; using its data")]
    private static partial void LogSeededElsewhere(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Regions seeded from {Source}: {Added} regions in {ElapsedMs} ms")]
    private static partial void LogSeeded(ILogger logger, string source, int added, long elapsedMs);
}
