using System.IO.Compression;
using System.Text;

namespace Enrollment.SecurityTests;

/// <summary>Hand-made .xlsx files: the minimal parts of a workbook with the sheet (and shared strings) given as XML.</summary>
internal static class Workbooks
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public const string SheetStart = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>";
    public const string SheetEnd = "</sheetData></worksheet>";

    public static string InlineRow(int row, params string[] cells) =>
        $"<row r=\"{row}\">" + string.Concat(cells.Select((c, i) => $"<c r=\"{(char)('A' + i)}{row}\" t=\"inlineStr\"><is><t>{c}</t></is></c>")) + "</row>";

    public static readonly string Header = InlineRow(1, "学校类型", "学校名称", "班级名称");

    /// <summary>A workbook whose first sheet is <paramref name="sheet"/> written by <paramref name="writeSheet"/> (so a bomb is streamed, never held).</summary>
    public static byte[] Build(Action<TextWriter> writeSheet, string? sharedStrings = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }

            Add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Add("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            if (sharedStrings is not null)
            {
                Add("xl/sharedStrings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">{sharedStrings}</sst>");
            }

            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            writeSheet(sheet);
        }

        return stream.ToArray();
    }

    public static byte[] Sheet(string rowsXml, string? sharedStrings = null, string? dimension = null) => Build(
        w => w.Write((dimension is null ? SheetStart : SheetStart.Replace("<sheetData>", $"<dimension ref=\"{dimension}\"/><sheetData>", StringComparison.Ordinal)) + rowsXml + SheetEnd),
        sharedStrings);

    /// <summary>
    /// The report's bomb: about 250 KB that unpack to some 70 MB: a million rows of three shared-string cells —
    /// millions of rows a reader that keeps them would turn into gigabytes.
    /// </summary>
    public static byte[] RowBomb(int rows = 1_000_000) => Build(
        w =>
        {
            w.Write(SheetStart);
            w.Write(Header);
            for (var i = 2; i <= rows; i++)
            {
                w.Write("<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>0</v></c><c t=\"s\"><v>0</v></c></row>");
            }

            w.Write(SheetEnd);
        },
        "<si><t>幼儿园</t></si>");
}
