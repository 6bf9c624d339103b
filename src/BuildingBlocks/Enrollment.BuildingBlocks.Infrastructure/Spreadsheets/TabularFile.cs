using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Enrollment.BuildingBlocks.Infrastructure.Spreadsheets;

/// <summary>
/// Reads an uploaded table — .xlsx or .csv, recognised by its bytes, not its name — as rows of text cells (the
/// header first), within <see cref="TabularLimits"/>. An .xlsx passes <see cref="XlsxGuard"/> before MiniExcel opens
/// it (ADR-0011, ADR-0026) and is then read row by row; a .csv (UTF-8 with or without BOM, or GB18030 as Chinese
/// office software writes it; RFC 4180 quoting) is read by a small reader that stops at a cell, row or column over
/// the limits. Anything it cannot read — junk bytes, a legacy .xls, a bomb, too many rows — throws
/// <see cref="TabularFileException"/> with a Chinese message, never another exception.
/// </summary>
public static class TabularFile
{
    public const string Xlsx = "xlsx";
    public const string Csv = "csv";

    public const string NotATable = "文件不是.xlsx或.csv文件，请使用模板的格式";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TabularFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The format of the file from its first bytes (and checks an .xlsx); leaves the stream at its start.</summary>
    public static string Inspect(Stream file, TabularLimits limits)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(limits);
        var sample = new byte[64 * 1024];
        file.Position = 0;
        var length = file.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        file.Position = 0;
        if (length == 0)
        {
            throw new TabularFileException("文件是空的");
        }

        if (length >= 4 && sample[0] == 'P' && sample[1] == 'K' && sample[2] == 3 && sample[3] == 4)
        {
            XlsxGuard.Check(file, limits);
            return Xlsx;
        }

        if (length >= 4 && sample[0] == 0xD0 && sample[1] == 0xCF && sample[2] == 0x11 && sample[3] == 0xE0)
        {
            throw new TabularFileException("不支持旧版.xls文件，请在Excel中另存为.xlsx或.csv后上传");
        }

        if (Array.IndexOf(sample, (byte)0, 0, length) >= 0)
        {
            throw new TabularFileException(NotATable);
        }

        return Csv;
    }

    /// <summary>Every row, the header first, each cell trimmed of nothing (callers decide); at most MaxRows + 1 rows.</summary>
    public static IEnumerable<string?[]> ReadRows(Stream file, TabularLimits limits)
    {
        var format = Inspect(file, limits);
        var rows = format == Xlsx ? WorkbookRows(file, limits) : TextRows(file, limits);
        var count = 0;
        foreach (var row in rows)
        {
            if (++count > limits.MaxRows + 1)
            {
                throw new TabularFileException(XlsxGuard.TooManyRows(limits.MaxRows));
            }

            yield return row;
        }
    }

    private static IEnumerable<string?[]> WorkbookRows(Stream file, TabularLimits limits)
    {
        file.Position = 0;
        IEnumerator<dynamic> rows;
        try
        {
            rows = MiniExcel.Query(file, useHeaderRow: false, excelType: ExcelType.XLSX).GetEnumerator();
        }
        catch (Exception exception) when (IsUnreadable(exception))
        {
            throw new TabularFileException(XlsxGuard.NotAWorkbook, exception);
        }

        using (rows)
        {
            while (true)
            {
                string?[] cells;
                try
                {
                    if (!rows.MoveNext())
                    {
                        yield break;
                    }

                    var row = (IDictionary<string, object?>)rows.Current;
                    if (row.Count > limits.MaxColumns)
                    {
                        throw new TabularFileException(XlsxGuard.TooManyColumns(limits.MaxColumns));
                    }

                    cells = [.. row.Values.Select(Text)];
                }
                catch (Exception exception) when (IsUnreadable(exception))
                {
                    throw new TabularFileException(XlsxGuard.NotAWorkbook, exception);
                }

                if (cells.Any(c => c?.Length > limits.MaxCellChars))
                {
                    throw new TabularFileException(XlsxGuard.CellTooLong(limits.MaxCellChars));
                }

                yield return cells;
            }
        }
    }

    // What MiniExcel throws on a malformed workbook that passed the guard (a part missing, a bad reference, a type it does not expect).
    private static bool IsUnreadable(Exception exception) => exception is not TabularFileException and not OutOfMemoryException and not OperationCanceledException;

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
    private static IEnumerable<string?[]> TextRows(Stream file, TabularLimits limits)
    {
        var encoding = LooksLikeUtf8(file) ? StrictUtf8 : Encoding.GetEncoding("GB18030");
        file.Position = 0;
        using var reader = new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var cells = new List<string?>();
        var cell = new StringBuilder();
        var quoted = false;
        var any = false;
        while (true)
        {
            int c;
            try
            {
                c = reader.Read();
            }
            catch (DecoderFallbackException exception)
            {
                throw new TabularFileException("文件不是UTF-8或GB18030编码的文本，请在Excel中另存为.csv(UTF-8)", exception);
            }

            if (c < 0)
            {
                break;
            }

            var ch = (char)c;
            if (cell.Length > limits.MaxCellChars)
            {
                throw new TabularFileException(XlsxGuard.CellTooLong(limits.MaxCellChars));
            }

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
                    AddCell(cells, cell, limits);
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    AddCell(cells, cell, limits);
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
            AddCell(cells, cell, limits);
            yield return [.. cells];
        }
    }

    private static void AddCell(List<string?> cells, StringBuilder cell, TabularLimits limits)
    {
        if (cells.Count >= limits.MaxColumns)
        {
            throw new TabularFileException(XlsxGuard.TooManyColumns(limits.MaxColumns));
        }

        // The reading loop checks before each character; the cell's last one is checked here (found by the property tests).
        if (cell.Length > limits.MaxCellChars)
        {
            throw new TabularFileException(XlsxGuard.CellTooLong(limits.MaxCellChars));
        }

        cells.Add(cell.ToString());
        cell.Clear();
    }

    /// <summary>
    /// UTF-8 when the first 64 KB decode as UTF-8 — unless that reading has no Chinese character but letters of
    /// other scripts while the GB18030 reading is Chinese: short GB18030 text can be valid UTF-8 too (「小」 is
    /// D0 A1, UTF-8's Cyrillic 「С」), which the property tests found. A UTF-8 file with Chinese text never switches.
    /// </summary>
    private static bool LooksLikeUtf8(Stream file)
    {
        file.Position = 0;
        var sample = new byte[64 * 1024];
        var length = file.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        char[] utf8;
        try
        {
            // flush: false, so a character cut at the end of the sample is no error.
            var decoder = StrictUtf8.GetDecoder();
            utf8 = new char[decoder.GetCharCount(sample, 0, length, flush: false)];
            decoder.Reset();
            decoder.GetChars(sample, 0, length, utf8, 0, flush: false);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (utf8.Any(IsChinese) || !utf8.Any(IsLetterOfAnotherScript))
        {
            return true;
        }

        return !Encoding.GetEncoding("GB18030").GetString(sample, 0, length).Any(IsChinese);
    }

    private static bool IsChinese(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Latin Extended, Greek, Cyrillic … up to U+1FFF: what a misread Chinese text turns into.</summary>
    private static bool IsLetterOfAnotherScript(char c) => c is >= '\u0100' and <= '\u1FFF';
}
