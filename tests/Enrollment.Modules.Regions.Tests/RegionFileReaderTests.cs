using System.IO.Compression;
using System.Text;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Regions.Application.Importing;
using Enrollment.Modules.Regions.Domain.Regions;
using Enrollment.Modules.Regions.Infrastructure.Seeding;

namespace Enrollment.Modules.Regions.Tests;

public sealed class RegionFileReaderTests
{
    private const string Good = "410000000000\t河南省\n410100000000\t郑州市\n410185000000\t登封市\n";

    private static Task<IReadOnlyList<RegionRow>> ReadAsync(byte[] bytes) => RegionFileReader.ReadAsync(new MemoryStream(bytes), CancellationToken.None);

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    [Fact]
    public async Task A_plain_file_is_read_with_line_numbers()
    {
        var rows = await ReadAsync(Encoding.UTF8.GetBytes(Good));
        Assert.Equal([new RegionRow(410000000000, "河南省", 1), new RegionRow(410100000000, "郑州市", 2), new RegionRow(410185000000, "登封市", 3)], rows);
    }

    [Fact]
    public async Task A_gzip_file_is_recognised_by_its_magic_bytes() =>
        Assert.Equal(3, (await ReadAsync(Gzip(Encoding.UTF8.GetBytes(Good)))).Count);

    [Fact]
    public async Task A_byte_order_mark_and_CRLF_line_ends_are_accepted() =>
        Assert.Equal("登封市", (await ReadAsync(Encoding.UTF8.GetBytes("\uFEFF" + Good.Replace("\n", "\r\n", StringComparison.Ordinal))))[2].Name);

    [Theory]
    [InlineData("410000000000\t河南省\n41010000000\t郑州市\n", 2, "应为 12 位数字")]
    [InlineData("410000000000\t河南省\n4101000000000\t郑州市\n", 2, "应为 12 位数字")]
    [InlineData("410000000000\t河南省\n41010000000x\t郑州市\n", 2, "应为 12 位数字")]
    [InlineData("410000000000\t河南省\n410100000000 郑州市\n", 2, "12 位代码<TAB>名称")]
    [InlineData("410000000000\t河南省\n410100000000\t郑州\t市\n", 2, "12 位代码<TAB>名称")]
    [InlineData("410000000000\t河南省\n\n", 2, "12 位代码<TAB>名称")]
    [InlineData("410100000000\t郑州市\n410000000000\t河南省\n", 2, "重复或未按升序排列")]
    [InlineData("410000000000\t河南省\n410000000000\t河南省\n", 2, "重复或未按升序排列")]
    [InlineData("410000000000\t河南省\n410100000000\t\n", 2, "名称为空")]
    [InlineData("410000000000\t河南省\n410100000000\t 郑州市\n", 2, "首尾有空白")]
    [InlineData("410000000000\t河南省\n410100000000\t郑州市\n410185000000\t登封", 3, "文件被截断")]
    [InlineData("000000000000\t全国\n", 1, "应为 12 位数字")]
    public async Task A_malformed_file_is_refused_naming_the_line(string content, int line, string problem)
    {
        var refused = await Assert.ThrowsAsync<BusinessRuleValidationException>(() => ReadAsync(Encoding.UTF8.GetBytes(content)));

        Assert.Equal("regions.import.malformed", refused.Code);
        Assert.Equal("file", refused.Error.Field);
        Assert.StartsWith($"第 {line} 行：", refused.Error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, refused.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_gzip_file_is_refused()
    {
        var whole = Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 2000).Select(i => $"{410185000000 + (i * 1000)}\t镇{i}\n"))));
        var refused = await Assert.ThrowsAsync<BusinessRuleValidationException>(() => ReadAsync(whole[..(whole.Length / 2)]));
        Assert.Equal("regions.import.malformed", refused.Code);
    }

    [Fact]
    public async Task Text_that_is_not_UTF8_is_refused()
    {
        var gbk = new byte[] { 0x34, 0x31, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x09, 0xBA, 0xD3, 0xC4, 0xCF, 0x0A };
        var refused = await Assert.ThrowsAsync<BusinessRuleValidationException>(() => ReadAsync(gbk));
        Assert.Contains("UTF-8", refused.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_refused() =>
        Assert.Equal("regions.import.malformed", (await Assert.ThrowsAsync<BusinessRuleValidationException>(() => ReadAsync([]))).Code);

    [Fact]
    public async Task The_shipped_dataset_reads_whole_and_holds_Dengfeng()
    {
        await using var file = RegionsSeeder.OpenSeedFile(null, out var source);
        var rows = await RegionFileReader.ReadAsync(file, CancellationToken.None);
        var tree = RegionTree.Build(rows.Select(r => (r.Code, r.Name)));

        Assert.Equal("regions-2023.tsv.gz", source);
        Assert.Equal(97_077, rows.Count);
        var dengfeng = tree.IndexOf(410185000000);
        Assert.Equal("河南省 郑州市 登封市", tree.FullNameOf(dengfeng));
        var towns = tree.ChildrenOf(dengfeng).ToArray();
        Assert.Equal(15, towns.Length);
        Assert.Equal(344, towns.Sum(t => tree.ChildrenOf(t).Length));
        Assert.Equal("嵩阳街道", tree.NameAt(tree.IndexOf(410185001000)));
        Assert.Equal("大金店镇", tree.NameAt(tree.IndexOf(410185100000)));
        Assert.Equal(31, tree.Provinces.Length);
    }
}
