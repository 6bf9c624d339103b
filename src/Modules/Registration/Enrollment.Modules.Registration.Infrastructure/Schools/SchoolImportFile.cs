using Enrollment.BuildingBlocks.Infrastructure.Spreadsheets;
using Enrollment.Modules.Registration.Application.Schools.ImportSchools;

namespace Enrollment.Modules.Registration.Infrastructure.Schools;

/// <summary>
/// Reads a school import file (.xlsx or .csv, recognised by its bytes; ADR-0011, limits ADR-0026): a header row
/// with 学校类型, 学校名称, 班级名称 (in any order, other columns ignored), then one class per row. Row numbers are
/// the spreadsheet's. A file it cannot read, or over the limits, gives <see cref="Parsed.Error"/> — never an exception.
/// </summary>
internal static class SchoolImportFile
{
    public const string KindColumn = "学校类型";
    public const string SchoolColumn = "学校名称";
    public const string ClassColumn = "班级名称";

    public sealed record Parsed(IReadOnlyList<SchoolImportRow> Rows, string? Error);

    public static async Task<Parsed> ReadAsync(Stream stream, TabularLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // The readers need a seekable stream; the endpoint has capped the upload's size before this.
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return Read(buffer, limits);
    }

    public static Parsed Read(Stream file, TabularLimits limits)
    {
        try
        {
            return Map(TabularFile.ReadRows(file, limits));
        }
        catch (TabularFileException exception)
        {
            return new Parsed([], exception.Message);
        }
    }

    private static Parsed Map(IEnumerable<string?[]> table)
    {
        int kind = -1, school = -1, @class = -1;
        var rows = new List<SchoolImportRow>();
        var number = 0;
        foreach (var cells in table)
        {
            number++;
            if (number == 1)
            {
                var header = cells.Select(c => c?.Trim()).ToList();
                (kind, school, @class) = (header.IndexOf(KindColumn), header.IndexOf(SchoolColumn), header.IndexOf(ClassColumn));
                var missing = new[] { (KindColumn, kind), (SchoolColumn, school), (ClassColumn, @class) }.Where(h => h.Item2 < 0).Select(h => h.Item1).ToList();
                if (missing.Count > 0)
                {
                    return new Parsed([], $"表头缺少：{string.Join("、", missing)}");
                }

                continue;
            }

            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue; // blank lines at the end of a sheet
            }

            rows.Add(new SchoolImportRow(number, Cell(cells, kind), Cell(cells, school), Cell(cells, @class)));
        }

        return number == 0 ? new Parsed([], "文件中没有表头（第一行应为学校类型、学校名称、班级名称）") : new Parsed(rows, null);
    }

    private static string? Cell(string?[] cells, int index) => index < cells.Length ? cells[index]?.Trim() : null;
}
