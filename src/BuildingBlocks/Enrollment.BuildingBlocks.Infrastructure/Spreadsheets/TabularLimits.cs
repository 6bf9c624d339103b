namespace Enrollment.BuildingBlocks.Infrastructure.Spreadsheets;

/// <summary>
/// What an uploaded table (.xlsx or .csv) may hold before anything of it is materialised: the bytes it may unpack
/// to, the rows (after the header), the columns, the characters of one cell, and how much a workbook part may be
/// packed (more than <see cref="MaxPackingRatio"/> to 1 for a part over 1 MB is a compressed bomb).
/// </summary>
public sealed record TabularLimits(long MaxUnpackedBytes, int MaxRows, int MaxColumns = 64, int MaxCellChars = 2000, int MaxPackingRatio = 100, int MaxEntries = 200)
{
    /// <summary>A shared-strings part bigger than this is refused (the strings of a table of MaxRows × MaxColumns cells).</summary>
    public long MaxSharedStringsBytes => Math.Min(MaxUnpackedBytes, (long)MaxRows * MaxColumns * 64 + (1024 * 1024));
}
