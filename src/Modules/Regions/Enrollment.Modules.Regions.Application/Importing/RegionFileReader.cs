using System.Text;
using Enrollment.Modules.Regions.Domain.Regions;

namespace Enrollment.Modules.Regions.Application.Importing;

/// <summary>
/// Reads the division file format of <c>data/regions/README.md</c>: UTF-8, optionally gzip
/// (recognised by its magic bytes), one <c>code&lt;TAB&gt;name\n</c> per line, 12-digit codes in
/// strictly ascending order. Anything else is refused with the line number, before anything is
/// written; a last line without its newline means a truncated file.
/// </summary>
public static class RegionFileReader
{
    /// <summary>The largest file accepted (the full national file is 22 MB uncompressed).</summary>
    public const long MaxBytes = 200L * 1024 * 1024;

    public const int MaxNameLength = 100;

    /// <summary>How much more a gzip file may unpack to than it weighs (the shipped files: under 5 : 1); more is a compressed bomb.</summary>
    public const int MaxPackingRatio = 100;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<IReadOnlyList<RegionRow>> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = await ReadAllAsync(content, cancellationToken);
        if (bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
        {
            bytes = await GunzipAsync(bytes, cancellationToken);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw MalformedRegionFile.At(0, "文件不是 UTF-8 文本");
        }

        return Parse(text);
    }

    public static IReadOnlyList<RegionRow> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<RegionRow>(text.Length / 30);
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 0;
        long previous = 0;
        while (position < text.Length)
        {
            line++;
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                throw MalformedRegionFile.At(line, "行不完整，没有换行符结尾（文件被截断？）");
            }

            var content = text.AsSpan(position, end - position);
            position = end + 1;
            if (content.Length > 0 && content[^1] == '\r')
            {
                content = content[..^1];
            }

            var tab = content.IndexOf('\t');
            if (tab < 0 || content[(tab + 1)..].Contains('\t'))
            {
                throw MalformedRegionFile.At(line, "每行应为「12 位代码<TAB>名称」");
            }

            var codeText = content[..tab];
            if (codeText.Length != 12 || !RegionCode.TryParse(codeText, out var code))
            {
                throw MalformedRegionFile.At(line, $"区划代码「{codeText}」应为 12 位数字");
            }

            if (code <= previous)
            {
                throw MalformedRegionFile.At(line, $"区划代码 {RegionCode.Format(code)} 重复或未按升序排列");
            }

            var name = content[(tab + 1)..];
            if (name.IsEmpty || name.IsWhiteSpace() || char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[^1]))
            {
                throw MalformedRegionFile.At(line, $"区划 {RegionCode.Format(code)} 的名称为空或首尾有空白");
            }

            if (name.Length > MaxNameLength || name.ContainsAnyInRange('\0', '\u001f'))
            {
                throw MalformedRegionFile.At(line, $"区划 {RegionCode.Format(code)} 的名称过长或含控制字符");
            }

            previous = code;
            rows.Add(new RegionRow(code, name.ToString(), line));
        }

        if (rows.Count == 0)
        {
            throw MalformedRegionFile.At(0, "文件中没有任何区划");
        }

        return rows;
    }

    private static async Task<byte[]> ReadAllAsync(Stream content, CancellationToken cancellationToken, long maxBytes = MaxBytes, string? tooLarge = null)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw MalformedRegionFile.At(0, tooLarge ?? $"文件超过 {MaxBytes / 1024 / 1024} MB");
            }
        }

        return buffer.ToArray();
    }

    private static async Task<byte[]> GunzipAsync(byte[] compressed, CancellationToken cancellationToken)
    {
        try
        {
            await using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
            // Stops as soon as the output passes the ratio: a 200 KB bomb never becomes 200 MB in memory.
            var limit = Math.Min(MaxBytes, (compressed.LongLength * MaxPackingRatio) + (1024 * 1024));
            return await ReadAllAsync(gzip, cancellationToken, limit, "gzip 文件解压后过大（疑似压缩炸弹）");
        }
        catch (InvalidDataException)
        {
            throw MalformedRegionFile.At(0, "gzip 压缩数据损坏或不完整（文件被截断？）");
        }
    }
}
