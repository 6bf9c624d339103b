using System.Globalization;
using System.Text;
using CsCheck;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Spreadsheets;
using Enrollment.Modules.Regions.Application.Importing;
using Xunit;

namespace Enrollment.SecurityTests;

/// <summary>
/// Property-based tests (CsCheck, ADR-0028) of the import readers: the table reader of the school import
/// (<see cref="TabularFile"/>) and the division file reader. Generated valid files read back exactly; arbitrary
/// bytes, and valid files with bytes changed, are refused with the reader's own exception — never anything else.
/// </summary>
public sealed class ImportReaderPropertyTests
{
    private static readonly TabularLimits Limits = new(MaxUnpackedBytes: 8 * 1024 * 1024, MaxRows: 1000, MaxColumns: 16, MaxCellChars: 200);

    private static readonly Gen<string> Cell = Gen.Char["ab幼儿园小学,\"\n\r 1"].Array[0, 12].Select(chars => new string(chars));

    private static readonly Gen<string[][]> Table = Cell.Array[1, 6].Array[1, 30];

    private static string Csv(string[][] rows) =>
        string.Concat(rows.Select(row => string.Join(',', row.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\n"));

    [Fact]
    public void A_generated_csv_reads_back_cell_for_cell_in_utf8_and_gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gen.Select(Table, Gen.Int[0, 2]).Sample((rows, encoding) =>
        {
            var text = Csv(rows);
            var bytes = encoding switch
            {
                0 => Encoding.UTF8.GetBytes(text),
                1 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
                _ => Encoding.GetEncoding("GB18030").GetBytes(text),
            };

            var read = TabularFile.ReadRows(new MemoryStream(bytes), Limits).ToList();

            Assert.Equal(rows.Length, read.Count);
            for (var i = 0; i < rows.Length; i++)
            {
                Assert.Equal(rows[i], read[i]);
            }
        }, iter: 1000);
    }

    [Fact]
    public void A_generated_workbook_reads_back_cell_for_cell()
    {
        var plainCell = Gen.Char["ab幼儿园小学 1"].Array[1, 12].Select(chars => new string(chars).Trim()).Where(c => c.Length > 0);
        plainCell.Array[3, 3].Array[1, 20].Sample(rows =>
        {
            var xml = string.Concat(rows.Select((row, i) => Workbooks.InlineRow(i + 1, row)));
            var read = TabularFile.ReadRows(new MemoryStream(Workbooks.Sheet(xml)), Limits).ToList();

            Assert.Equal(rows.Length, read.Count);
            for (var i = 0; i < rows.Length; i++)
            {
                Assert.Equal(rows[i], read[i]);
            }
        }, iter: 200);
    }

    [Fact]
    public void Arbitrary_bytes_are_read_or_refused_with_a_message_never_another_exception()
    {
        Gen.Byte.Array[0, 3000].Sample(bytes => ReadOrRefuse(bytes), iter: 2000);
    }

    [Fact]
    public void A_workbook_or_csv_with_bytes_changed_is_read_or_refused_with_a_message_never_another_exception()
    {
        var workbook = Workbooks.Sheet(Workbooks.Header + string.Concat(Enumerable.Range(2, 40).Select(i => Workbooks.InlineRow(i, "小学", "登封市实验小学", $"{i}班"))), "<si><t>幼儿园</t></si>");
        var csv = Encoding.UTF8.GetBytes("学校类型,学校名称,班级名称\n" + string.Concat(Enumerable.Range(0, 40).Select(i => $"小学,\"登封市\"\"实验\"\"小学\",{i}班\n")));
        Gen.Select(Gen.Bool, Gen.Int[1, 8].SelectMany(n => Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte).Array[n, n])).Sample((xlsx, changes) =>
        {
            var bytes = (byte[])(xlsx ? workbook : csv).Clone();
            foreach (var (at, value) in changes)
            {
                bytes[at % bytes.Length] = value;
            }

            ReadOrRefuse(bytes);
        }, iter: 2000);
    }

    private static void ReadOrRefuse(byte[] bytes)
    {
        try
        {
            foreach (var row in TabularFile.ReadRows(new MemoryStream(bytes), Limits))
            {
                Assert.InRange(row.Length, 0, Limits.MaxColumns);
                Assert.All(row, c => Assert.InRange(c?.Length ?? 0, 0, Limits.MaxCellChars));
            }
        }
        catch (TabularFileException refused)
        {
            Assert.False(string.IsNullOrWhiteSpace(refused.Message));
        }
    }

    // --- the division file (tsv) ---

    private static readonly Gen<(long Code, string Name)[]> Divisions =
        Gen.Select(Gen.Long[1, 999_999_999], Gen.Char["市县区镇乡村街道居委会abc"].Array[1, 10].Select(chars => new string(chars))).Array[1, 40]
            .Select(rows => rows.GroupBy(r => r.Item1).Select(g => g.First()).OrderBy(r => r.Item1).ToArray());

    [Fact]
    public void A_generated_division_file_reads_back_and_anything_else_is_refused_with_a_line()
    {
        Divisions.Sample(rows =>
        {
            var text = string.Concat(rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Code * 1000:D12}\t{r.Name}\n")));
            var read = RegionFileReader.Parse(text);
            Assert.Equal(rows.Select(r => (r.Code * 1000, r.Name)), read.Select(r => (r.Code, r.Name)));
        }, iter: 500);

        Gen.OneOf(Gen.String[0, 200], Gen.Char["0123456789\t\n\r 市"].Array[0, 200].Select(chars => new string(chars))).Sample(text =>
        {
            try
            {
                Assert.NotEmpty(RegionFileReader.Parse(text));
            }
            catch (BusinessRuleValidationException refused)
            {
                Assert.Equal(MalformedRegionFile.ErrorCode, refused.Code);
            }
        }, iter: 3000);
    }
}
