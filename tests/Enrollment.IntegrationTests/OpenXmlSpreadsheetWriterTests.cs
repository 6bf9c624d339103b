using System.IO.Compression;
using System.Xml.Linq;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Infrastructure.Export;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The export's own .xlsx writer (ADR-0046): what it writes is a workbook another reader (MiniExcel) opens with the same
/// texts, XML's delimiters escaped, characters XML cannot carry left out, empty cells empty, spaces kept.
/// </summary>
public sealed class OpenXmlSpreadsheetWriterTests
{
    private static readonly SpreadsheetColumn[] Columns = [new("姓名", 10), new("备注", 20), new("编号", 30)];

    [Fact]
    public async Task A_written_sheet_reads_back_with_the_same_texts()
    {
        string?[][] rows =
        [
            ["张小明", "a < b & c > d", "1"],
            ["李小红", null, "2"],
            ["王\u0001小刚", "  两边有空格 ", "3"],
        ];
        using var file = new MemoryStream();

        await new OpenXmlSpreadsheetWriter().WriteAsync(file, "审核队列", Columns, rows.ToAsyncEnumerable(), CancellationToken.None);

        file.Position = 0;
        var read = MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, read.Count);
        Assert.Equal("张小明|a < b & c > d|1", Texts(read[0]));
        Assert.Equal("李小红|(null)|2", Texts(read[1]));
        Assert.Equal("王小刚|  两边有空格 |3", Texts(read[2]));

        file.Position = 0;
        using var zip = new ZipArchive(file);
        var workbook = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        Assert.Equal("审核队列", workbook.Descendants().Single(e => e.Name.LocalName == "sheet").Attribute("name")!.Value);
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var cells = sheet.Descendants().Where(e => e.Name.LocalName == "c").ToList();
        Assert.Equal(3 + 3 + 2 + 3, cells.Count); // the header, then no cell for the empty one
        Assert.Equal(["A1", "B1", "C1", "A2"], cells.Take(4).Select(c => c.Attribute("r")!.Value));
    }

    [Fact]
    public async Task An_empty_export_still_has_its_header()
    {
        using var file = new MemoryStream();

        await new OpenXmlSpreadsheetWriter().WriteAsync(file, "审核队列", Columns, Array.Empty<string?[]>().ToAsyncEnumerable(), CancellationToken.None);

        file.Position = 0;
        var header = MiniExcelLibs.MiniExcel.Query(file).Cast<IDictionary<string, object?>>().Single();
        Assert.Equal("姓名|备注|编号", string.Join('|', header.Values));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(9, "J")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_lettered_as_spreadsheets_do(int index, string letters) =>
        Assert.Equal(letters, OpenXmlSpreadsheetWriter.ColumnLetters(index));

    private static string Texts(IDictionary<string, object?> row) => string.Join('|', Columns.Select(c => row[c.Header] as string ?? "(null)"));
}
