using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Enrollment.Modules.Review.Application.Abstractions;

namespace Enrollment.Modules.Review.Infrastructure.Export;

/// <summary>
/// Writes the .xlsx itself: one worksheet of inline strings, streamed into its zip entry as the rows arrive — no object
/// per cell, no shared-string table, no type inspection, one buffered pass (ADR-0046: the export of 100,000 rows). The
/// parts are the minimum SpreadsheetML asks for: content types, relationships, the workbook, a default style sheet and
/// the sheet, with the header row frozen. Text that XML 1.0 cannot hold (control characters) is left out of a cell.
/// </summary>
internal sealed class OpenXmlSpreadsheetWriter : ISpreadsheetWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // What a cell's text cannot hold as is: the three XML delimiters and the characters XML 1.0 does not allow.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public async Task WriteAsync(Stream output, string sheetName, IReadOnlyList<SpreadsheetColumn> columns, IAsyncEnumerable<string?[]> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var letters = columns.Select((_, i) => ColumnLetters(i)).ToArray();
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Utf8);
        Part(zip, "[Content_Types].xml", Declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>");
        Part(zip, "_rels/.rels", Declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + $"<Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
        Part(zip, "xl/workbook.xml", Declaration
            + $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets>"
            + $"<sheet name=\"{Escape(sheetName)}\" sheetId=\"1\" r:id=\"rId1\"/>"
            + "</sheets></workbook>");
        Part(zip, "xl/_rels/workbook.xml.rels", Declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + $"<Relationship Id=\"rId1\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + $"<Relationship Id=\"rId2\" Type=\"{Relationships}/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>");
        Part(zip, "xl/styles.xml", Declaration
            + $"<styleSheet xmlns=\"{Main}\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font><font><b/><sz val=\"11\"/><name val=\"等线\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>");

        var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
        await using var sheet = entry.Open();
        await using var writer = new StreamWriter(sheet, Utf8, bufferSize: 1 << 16);
        writer.Write(Declaration);
        writer.Write($"<worksheet xmlns=\"{Main}\">");
        writer.Write("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
        writer.Write("<cols>");
        for (var i = 0; i < columns.Count; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<col min=\"{i + 1}\" max=\"{i + 1}\" width=\"{columns[i].Width}\" customWidth=\"1\"/>"));
        }

        writer.Write("</cols><sheetData>");
        var number = 1;
        Row(writer, number, letters, [.. columns.Select(c => c.Header)], style: 1);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            Row(writer, ++number, letters, row, style: 0);
        }

        writer.Write("</sheetData></worksheet>");
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Utf8.GetBytes(xml));
    }

    /// <summary>One row: a cell of inline text per non-null value, each with its reference (A2, B2, …).</summary>
    private static void Row(StreamWriter writer, int number, string[] letters, string?[] values, int style)
    {
        Span<char> digits = stackalloc char[11];
        number.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        var reference = digits[..length];
        writer.Write("<row r=\"");
        writer.Write(reference);
        writer.Write("\">");
        for (var i = 0; i < values.Length && i < letters.Length; i++)
        {
            if (values[i] is not { } text)
            {
                continue;
            }

            writer.Write("<c r=\"");
            writer.Write(letters[i]);
            writer.Write(reference);
            writer.Write(style == 0 ? "\" t=\"inlineStr\"><is><t" : "\" s=\"1\" t=\"inlineStr\"><is><t");
            // Leading or trailing spaces are kept only when the element says so.
            writer.Write(text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? " xml:space=\"preserve\">" : ">");
            WriteText(writer, text);
            writer.Write("</t></is></c>");
        }

        writer.Write("</row>");
    }

    private static void WriteText(StreamWriter writer, ReadOnlySpan<char> text)
    {
        while (true)
        {
            var at = text.IndexOfAny(Special);
            if (at < 0)
            {
                writer.Write(text);
                return;
            }

            writer.Write(text[..at]);
            switch (text[at])
            {
                case '&':
                    writer.Write("&amp;");
                    break;
                case '<':
                    writer.Write("&lt;");
                    break;
                case '>':
                    writer.Write("&gt;");
                    break;
                default:
                    break; // not a character XML 1.0 can carry: left out
            }

            text = text[(at + 1)..];
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                _ when Special.Contains(c) => builder,
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>A, B, …, Z, AA, AB, … for the 0-based column <paramref name="index"/>.</summary>
    internal static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
