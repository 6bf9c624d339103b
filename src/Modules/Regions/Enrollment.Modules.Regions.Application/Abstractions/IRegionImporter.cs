using Enrollment.Modules.Regions.Application.Importing;

namespace Enrollment.Modules.Regions.Application.Abstractions;

/// <summary>Writes a parsed division file into the module's database in one transaction, then reloads the tree.</summary>
public interface IRegionImporter
{
    /// <summary>
    /// Adds new codes, renames changed ones and leaves the rest; never deletes. Every parent must be
    /// in the file or already stored, else nothing is written and the rule names the line.
    /// </summary>
    Task<RegionImportResult> ImportAsync(IReadOnlyList<RegionRow> rows, string source, CancellationToken cancellationToken);
}
