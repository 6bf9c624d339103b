using System.IO.Compression;
using System.Xml;

namespace Enrollment.BuildingBlocks.Infrastructure.Spreadsheets;

/// <summary>
/// Checks an .xlsx before a spreadsheet library opens it, so that a small file cannot make the reader build
/// gigabytes: the zip directory (number of parts, what they unpack to, how much each is packed), then one streaming
/// pass over the shared strings and every worksheet with <see cref="XmlReader"/> (no DTD, a cap on characters per
/// part) counting rows, row and column numbers (a row numbered 1,048,576 would make a reader fill the gap), the
/// declared dimension, and the characters of each cell — never holding more than a small buffer. Throws
/// <see cref="TabularFileException"/> with a Chinese message; leaves the stream at its start.
/// </summary>
public static class XlsxGuard
{
    private const long SmallPart = 1024 * 1024;
    private const string SharedStringsPart = "xl/sharedStrings.xml";

    public static void Check(Stream file, TabularLimits limits)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            file.Position = 0;
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            CheckDirectory(zip, limits);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.Equals(SharedStringsPart, StringComparison.OrdinalIgnoreCase))
                {
                    ScanSharedStrings(entry, limits);
                }
                else if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    ScanWorksheet(entry, limits);
                }
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or XmlException or NotSupportedException or ArgumentException or InvalidOperationException or OverflowException)
        {
            throw new TabularFileException(NotAWorkbook, exception);
        }
        finally
        {
            file.Position = 0;
        }
    }

    public const string NotAWorkbook = "文件不是有效的Excel(.xlsx)文件，请使用模板的.xlsx或.csv格式";

    public const string Bomb = "文件解压后过大（疑似压缩炸弹），请导出普通的.xlsx或.csv文件后上传";

    public static string TooManyRows(int maxRows) => $"文件超过{maxRows}行，请拆分后分别导入";

    public static string TooManyColumns(int maxColumns) => $"文件超过{maxColumns}列，请使用模板的列";

    public static string CellTooLong(int maxChars) => $"有单元格超过{maxChars}个字，请检查文件内容";

    private static void CheckDirectory(ZipArchive zip, TabularLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEntries)
        {
            throw new TabularFileException(NotAWorkbook);
        }

        if (zip.GetEntry("xl/workbook.xml") is null)
        {
            throw new TabularFileException(NotAWorkbook);
        }

        long unpacked = 0;
        foreach (var entry in zip.Entries)
        {
            unpacked += entry.Length;
            if (entry.Length < 0 || unpacked > limits.MaxUnpackedBytes || (entry.Length > SmallPart && entry.Length > (entry.CompressedLength + 1) * limits.MaxPackingRatio))
            {
                throw new TabularFileException(Bomb);
            }

            if (entry.FullName.Equals(SharedStringsPart, StringComparison.OrdinalIgnoreCase) && entry.Length > limits.MaxSharedStringsBytes)
            {
                throw new TabularFileException(Bomb);
            }
        }
    }

    private static XmlReader Open(ZipArchiveEntry entry, long maxCharacters) => XmlReader.Create(entry.Open(), new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        // The zip directory's sizes may lie: the part is cut where it claimed to end (plus room for the declaration).
        MaxCharactersInDocument = maxCharacters + 1024,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    });

    private static void ScanSharedStrings(ZipArchiveEntry entry, TabularLimits limits)
    {
        using var reader = Open(entry, entry.Length);
        var strings = 0L;
        var chars = 0L;
        var maxStrings = (long)(limits.MaxRows + 1) * limits.MaxColumns;
        var buffer = new char[4096];
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                if (++strings > maxStrings)
                {
                    throw new TabularFileException(TooManyRows(limits.MaxRows));
                }

                chars = 0;
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                chars += TextLength(reader, buffer);
                if (chars > limits.MaxCellChars)
                {
                    throw new TabularFileException(CellTooLong(limits.MaxCellChars));
                }
            }
        }
    }

    private static void ScanWorksheet(ZipArchiveEntry entry, TabularLimits limits)
    {
        using var reader = Open(entry, entry.Length);
        var maxRow = limits.MaxRows + 1; // the header is row 1
        var rows = 0;
        var row = 0L;
        var buffer = new char[4096];
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "dimension":
                        CheckDimension(reader.GetAttribute("ref"), maxRow, limits);
                        break;
                    case "row":
                        row = long.TryParse(reader.GetAttribute("r"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                        if (++rows > maxRow || row > maxRow)
                        {
                            throw new TabularFileException(TooManyRows(limits.MaxRows));
                        }

                        break;
                    case "c":
                        if (reader.GetAttribute("r") is { } reference && Cell(reference) is { } cell && (cell.Column > limits.MaxColumns || cell.Row > maxRow))
                        {
                            throw new TabularFileException(cell.Column > limits.MaxColumns ? TooManyColumns(limits.MaxColumns) : TooManyRows(limits.MaxRows));
                        }

                        break;
                }
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace && TextLength(reader, buffer) > limits.MaxCellChars)
            {
                throw new TabularFileException(CellTooLong(limits.MaxCellChars));
            }
        }
    }

    private static void CheckDimension(string? reference, long maxRow, TabularLimits limits)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return;
        }

        foreach (var corner in reference.Split(':'))
        {
            if (Cell(corner) is { } cell && (cell.Column > limits.MaxColumns || cell.Row > maxRow))
            {
                throw new TabularFileException(cell.Column > limits.MaxColumns ? TooManyColumns(limits.MaxColumns) : TooManyRows(limits.MaxRows));
            }
        }
    }

    /// <summary>"AB12" → (28, 12); "$A$1" allowed; anything else null (the reader decides what it means).</summary>
    internal static (long Column, long Row)? Cell(string reference)
    {
        long column = 0, row = 0;
        var i = 0;
        var span = reference.AsSpan();
        for (; i < span.Length && (char.IsAsciiLetter(span[i]) || span[i] == '$'); i++)
        {
            if (span[i] != '$')
            {
                column = Math.Min((column * 26) + (char.ToUpperInvariant(span[i]) - 'A' + 1), int.MaxValue);
            }
        }

        for (; i < span.Length && (char.IsAsciiDigit(span[i]) || span[i] == '$'); i++)
        {
            if (span[i] != '$')
            {
                row = Math.Min((row * 10) + (span[i] - '0'), int.MaxValue);
            }
        }

        return i == span.Length && (column > 0 || row > 0) ? (column, row) : null;
    }

    private static long TextLength(XmlReader reader, char[] buffer)
    {
        if (!reader.CanReadValueChunk)
        {
            return reader.Value.Length;
        }

        long length = 0;
        int read;
        while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            length += read;
        }

        return length;
    }
}
