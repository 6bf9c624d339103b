using Enrollment.Modules.Regions.Application.Abstractions;
using Mediator;

namespace Enrollment.Modules.Regions.Application.Importing.ImportRegions;

/// <summary>Imports a division file (tsv or tsv.gz, see <c>data/regions/README.md</c>): all or nothing, repeatable.</summary>
/// <param name="Content">The file's bytes, read once.</param>
/// <param name="Source">Where it came from (file name), recorded with the import.</param>
public sealed record ImportRegionsCommand(Stream Content, string Source) : ICommand<RegionImportResult>;

internal sealed class ImportRegionsCommandHandler(IRegionImporter importer) : ICommandHandler<ImportRegionsCommand, RegionImportResult>
{
    public async ValueTask<RegionImportResult> Handle(ImportRegionsCommand command, CancellationToken cancellationToken)
    {
        var rows = await RegionFileReader.ReadAsync(command.Content, cancellationToken);
        return await importer.ImportAsync(rows, command.Source, cancellationToken);
    }
}
