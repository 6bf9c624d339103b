using System.Globalization;
using System.IO.Compression;
using System.Text;
using Enrollment.BuildingBlocks.Infrastructure.Spreadsheets;
using MiniExcelLibs;

namespace Enrollment.Modules.Evidence.Infrastructure.SocialInsurance;

/// <summary>One data row's cells as text, with its spreadsheet row number (the header is row 1).</summary>
internal sealed record PaymentExportCells(int Row, string? ResidentId, string? Name, string? Type, string? Month, string? Employer);

/// <summary>
/// Reads the bureau's payment export, .xlsx (MiniExcel, row by row from the sheet — ADR-0011) or .csv (UTF-8, or
/// GB18030 as Chinese office software writes it), recognised by its bytes, not its name. The header row names the
/// columns, in any order: 身份证号, 姓名, 险种类型, 缴费月份 and, optionally, 单位名称 (with the usual variants).
/// </summary>
internal static class PaymentExportFile
{
    public const string Xlsx = "xlsx";
    public const string Csv = "csv";

    private static readonly (string Column, string[] Names)[] Columns =
    [
        ("ResidentId", ["身份证号", "身份证号码", "公民身份号码", "证件号码"]),
        ("Name", ["姓名"]),
        ("Type", ["险种类型", "参保类型", "险种", "保险类型"]),
        ("Month", ["缴费月份", "费款所属期", "所属期", "缴费年月", "月份"]),
        ("Employer", ["单位名称", "工作单位", "参保单位"]),
    ];

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PaymentExportFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record Inspection(string? Format, string? Problem);

    /// <summary>
    /// Whether the file can be imported: a real workbook (a zip with a workbook part, unpacking to at most
    /// <paramref name="maxUnpackedBytes"/> and at most 100 to 1) or text without NUL bytes, with the header's
    /// required columns. Cheap: reads the zip directory and the first row only. Leaves the stream at its start.
    /// </summary>
    public static Inspection Inspect(Stream file, long maxUnpackedBytes, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            var head = new byte[8];
            file.Position = 0;
            var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            file.Position = 0;
            if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
            {
                return InspectWorkbook(file, new TabularLimits(maxUnpackedBytes, maxRows));
            }

            if (read >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
            {
                return new Inspection(null, "不支持旧版.xls文件，请在Excel中另存为.xlsx或.csv后上传");
            }

            return InspectText(file);
        }
        finally
        {
            file.Position = 0;
        }
    }

    /// <summary>The data rows, one at a time (the whole file is never held); a blank row is skipped.</summary>
    public static IEnumerable<PaymentExportCells> ReadRows(Stream file, string format)
    {
        ArgumentNullException.ThrowIfNull(file);
        file.Position = 0;
        var rows = format == Xlsx ? WorkbookRows(file) : TextRows(file);
        Dictionary<string, int>? map = null;
        var number = 0;
        foreach (var cells in rows)
        {
            number++;
            if (map is null)
            {
                map = HeaderMap(cells) ?? throw new InvalidDataException("The header lost its columns.");
                continue;
            }

            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return new PaymentExportCells(
                number,
                Cell(cells, map, "ResidentId"),
                Cell(cells, map, "Name"),
                Cell(cells, map, "Type"),
                Cell(cells, map, "Month"),
                Cell(cells, map, "Employer"));
        }
    }

    private static Inspection InspectWorkbook(Stream file, TabularLimits limits)
    {
        try
        {
            // The zip directory (sizes, packing ratio) and one streaming pass over the sheets (rows, columns, cells)
            // before MiniExcel opens it: a small file cannot make the reader build gigabytes (ADR-0026).
            try
            {
                XlsxGuard.Check(file, limits);
            }
            catch (TabularFileException refused)
            {
                return new Inspection(null, refused.Message);
            }

            file.Position = 0;
            var header = WorkbookRows(file).FirstOrDefault();
            return HeaderProblem(header) is { } problem ? new Inspection(null, problem) : new Inspection(Xlsx, null);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException or System.Xml.XmlException or NotSupportedException or KeyNotFoundException or InvalidCastException or IndexOutOfRangeException or NullReferenceException)
        {
            return new Inspection(null, "文件不是有效的Excel(.xlsx)文件");
        }
    }

    private static Inspection InspectText(Stream file)
    {
        var sample = new byte[64 * 1024];
        var length = file.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        file.Position = 0;
        if (length == 0)
        {
            return new Inspection(null, "文件是空的");
        }

        if (Array.IndexOf(sample, (byte)0, 0, length) >= 0)
        {
            return new Inspection(null, "文件不是.xlsx或.csv文件，请上传社保局导出的缴费明细");
        }

        var header = TextRows(file).FirstOrDefault();
        return HeaderProblem(header) is { } problem ? new Inspection(null, problem) : new Inspection(Csv, null);
    }

    private static string? HeaderProblem(string?[]? header)
    {
        if (header is null)
        {
            return "文件中没有表头";
        }

        var names = header.Select(h => h?.Trim()).ToHashSet(StringComparer.Ordinal);
        var missing = Columns.Where(c => c.Column != "Employer" && !c.Names.Any(names.Contains)).Select(c => c.Names[0]).ToList();
        return missing.Count == 0 ? null : $"表头缺少：{string.Join("、", missing)}（第一行应为身份证号、姓名、险种类型、缴费月份、单位名称）";
    }

    private static Dictionary<string, int>? HeaderMap(string?[] header)
    {
        if (HeaderProblem(header) is not null)
        {
            return null;
        }

        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i]?.Trim();
            foreach (var (column, names) in Columns)
            {
                if (name is not null && names.Contains(name, StringComparer.Ordinal) && !map.ContainsKey(column))
                {
                    map[column] = i;
                }
            }
        }

        return map;
    }

    private static string? Cell(string?[] cells, Dictionary<string, int> map, string column) =>
        map.TryGetValue(column, out var index) && index < cells.Length ? cells[index] : null;

    /// <summary>The sheet's rows as text cells (A, B, C, ... in order); dates as yyyy-MM-dd, numbers without exponent.</summary>
    private static IEnumerable<string?[]> WorkbookRows(Stream file)
    {
        foreach (var row in MiniExcel.Query(file, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            var cells = (IDictionary<string, object?>)row;
            yield return [.. cells.Values.Select(Text)];
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("0.################", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>RFC 4180 records: commas, quoted cells with "" for a quote, CRLF or LF; UTF-8 (a BOM is dropped) or GB18030.</summary>
    private static IEnumerable<string?[]> TextRows(Stream file)
    {
        var encoding = LooksLikeUtf8(file) ? StrictUtf8 : Encoding.GetEncoding("GB18030");
        file.Position = 0;
        using var reader = new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var cells = new List<string?>();
        var cell = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        cell.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    cell.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    yield return [.. cells];
                    cells.Clear();
                    any = false;
                    break;
                default:
                    cell.Append(ch);
                    any = true;
                    break;
            }
        }

        if (any || cell.Length > 0)
        {
            cells.Add(cell.ToString());
            yield return [.. cells];
        }
    }

    private static bool LooksLikeUtf8(Stream file)
    {
        file.Position = 0;
        var sample = new byte[64 * 1024];
        var length = file.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        var decoder = StrictUtf8.GetDecoder();
        try
        {
            // flush: false, so a character cut at the end of the sample is no error.
            decoder.GetCharCount(sample, 0, length, flush: false);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
