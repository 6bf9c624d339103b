namespace Enrollment.Modules.Regions.Application.Importing;

/// <summary>One line of a division file: its 12-digit code, its name and its line number (1-based).</summary>
public readonly record struct RegionRow(long Code, string Name, int Line);

/// <summary>What an import did.</summary>
/// <param name="Version">The dataset version (the tree's ETag) after the import.</param>
/// <param name="Total">Lines in the file.</param>
/// <param name="Added">New codes.</param>
/// <param name="Updated">Known codes whose name changed.</param>
/// <param name="Unchanged">Known codes with the same name.</param>
/// <param name="Regions">Regions stored after the import.</param>
/// <param name="ElapsedMilliseconds">Time spent reading, writing and reloading.</param>
public sealed record RegionImportResult(string Version, int Total, int Added, int Updated, int Unchanged, int Regions, long ElapsedMilliseconds);
