using Enrollment.Modules.Registration.Application.Schools;
using MiniExcelLibs;
using Enrollment.Modules.Registration.Application.Schools.ImportSchools;

namespace Enrollment.Modules.Registration.Infrastructure.Schools;

/// <summary>
/// Reads a school import file (.xlsx or .csv, MiniExcel — ADR-0011): a header row with 学校类型,
/// 学校名称, 班级名称 (in any order), then one class per row. Row numbers are the spreadsheet's.
/// </summary>
internal static class SchoolImportFile
{
    public const string KindColumn = "学校类型";
    public const string SchoolColumn = "学校名称";
    public const string ClassColumn = "班级名称";

    public sealed record Parsed(IReadOnlyList<SchoolImportRow> Rows, string? Error);

    public static async Task<Parsed> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(fileName).ToUpperInvariant();
        var type = extension switch
        {
            ".XLSX" => ExcelType.XLSX,
            ".CSV" => ExcelType.CSV,
            _ => (ExcelType?)null,
        };
        if (type is null)
        {
            return new Parsed([], "只支持.xlsx或.csv文件");
        }

        // MiniExcel reads synchronously from a seekable stream; a form file is buffered anyway.
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        if (type == ExcelType.CSV)
        {
            StripUtf8Bom(buffer);
        }

        List<IDictionary<string, object?>> table;
        try
        {
            table = [.. MiniExcel.Query(buffer, useHeaderRow: true, excelType: type.Value).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException)
        {
            return new Parsed([], "文件无法读取，请使用模板的.xlsx或.csv格式");
        }

        if (table.Count > 0)
        {
            var headers = table[0].Keys.Select(k => k.Trim()).ToHashSet(StringComparer.Ordinal);
            var missing = new[] { KindColumn, SchoolColumn, ClassColumn }.Where(h => !headers.Contains(h)).ToList();
            if (missing.Count > 0)
            {
                return new Parsed([], $"表头缺少：{string.Join("、", missing)}");
            }
        }

        var rows = new List<SchoolImportRow>();
        for (var i = 0; i < table.Count; i++)
        {
            var cells = table[i].ToDictionary(c => c.Key.Trim(), c => c.Value?.ToString()?.Trim(), StringComparer.Ordinal);
            if (cells.Values.All(string.IsNullOrEmpty))
            {
                continue; // blank lines at the end of a sheet
            }

            rows.Add(new SchoolImportRow(i + 2, cells.GetValueOrDefault(KindColumn), cells.GetValueOrDefault(SchoolColumn), cells.GetValueOrDefault(ClassColumn)));
        }

        return new Parsed(rows, null);
    }

    private static void StripUtf8Bom(MemoryStream buffer)
    {
        var bytes = buffer.GetBuffer();
        if (buffer.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            buffer.Position = 3;
        }
    }
}
