using Enrollment.BuildingBlocks.Infrastructure.Spreadsheets;

namespace Enrollment.Modules.Registration.Infrastructure.Schools;

/// <summary>Bound from <c>Registration:SchoolImport</c>: the limits of the school and class import (ADR-0026).</summary>
public sealed class SchoolImportOptions
{
    public const string SectionName = "Registration:SchoolImport";

    /// <summary>Largest upload (bytes); over it: 413 <c>school.import.too-large</c>, before the form is read.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Most data rows (one class per row); a county has a few hundred classes.</summary>
    public int MaxRows { get; set; } = 5000;

    /// <summary>Most bytes an .xlsx may unpack to, all parts together (and no part over 1 MB packed more than 100 : 1).</summary>
    public long MaxUnpackedBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Most characters of one cell.</summary>
    public int MaxCellChars { get; set; } = 200;

    public TabularLimits Limits => new(MaxUnpackedBytes, MaxRows, MaxColumns: 32, MaxCellChars: MaxCellChars);
}
