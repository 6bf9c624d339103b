using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Enrollment.Modules.Regions.Domain.Regions;

/// <summary>
/// The whole administrative-division tree in memory, immutable once built: parallel arrays indexed
/// by position in code order, a frozen code → index map and the children of every node stored
/// contiguously (compressed sparse rows), sorted by code. Built once per dataset version and shared
/// read-only by every request (ADR-0009); lookups allocate nothing and never touch the database.
/// </summary>
public sealed class RegionTree
{
    private readonly long[] _codes;
    private readonly string[] _names;
    private readonly int[] _parents;
    private readonly int[] _childStart;
    private readonly int[] _children;
    private readonly int[] _provinces;
    private readonly FrozenDictionary<long, int> _index;

    private RegionTree(long[] codes, string[] names, string version)
    {
        _codes = codes;
        _names = names;
        Version = version;
        var count = codes.Length;
        _parents = new int[count];
        var indexBuilder = new Dictionary<long, int>(count);
        for (var i = 0; i < count; i++)
        {
            indexBuilder[codes[i]] = i;
        }

        _index = indexBuilder.ToFrozenDictionary();

        // Parent by code; a missing level is skipped (an incomplete tree still hangs together).
        var childCounts = new int[count + 1];
        var provinces = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var parent = -1;
            for (var p = RegionCode.ParentOf(codes[i]); p != RegionCode.Root; p = RegionCode.ParentOf(p))
            {
                if (indexBuilder.TryGetValue(p, out var found))
                {
                    parent = found;
                    break;
                }
            }

            _parents[i] = parent;
            if (parent < 0)
            {
                provinces.Add(i);
            }
            else
            {
                childCounts[parent]++;
            }
        }

        _provinces = [.. provinces];
        _childStart = new int[count + 1];
        for (var i = 0; i < count; i++)
        {
            _childStart[i + 1] = _childStart[i] + childCounts[i];
        }

        // Codes are visited in ascending order, so every node's children come out sorted by code.
        _children = new int[_childStart[count]];
        var next = (int[])_childStart.Clone();
        for (var i = 0; i < count; i++)
        {
            if (_parents[i] >= 0)
            {
                _children[next[_parents[i]]++] = i;
            }
        }
    }

    /// <summary>An empty tree (before the first import).</summary>
    public static RegionTree Empty { get; } = Build([]);

    /// <summary>A short hash of every code and name: equal data, equal version, on every instance.</summary>
    public string Version { get; }

    public int Count => _codes.Length;

    /// <summary>Builds the tree from (code, name) rows in any order; codes must be unique.</summary>
    public static RegionTree Build(IEnumerable<(long Code, string Name)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sorted = rows.OrderBy(r => r.Code).ToArray();
        var codes = new long[sorted.Length];
        var names = new string[sorted.Length];
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> codeBytes = stackalloc byte[8];
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i].Code == sorted[i - 1].Code)
            {
                throw new ArgumentException($"Region code {RegionCode.Format(sorted[i].Code)} appears twice.", nameof(rows));
            }

            codes[i] = sorted[i].Code;
            names[i] = string.Intern(sorted[i].Name);
            BinaryPrimitives.WriteInt64LittleEndian(codeBytes, codes[i]);
            hash.AppendData(codeBytes);
            hash.AppendData(Encoding.UTF8.GetBytes(names[i]));
            hash.AppendData("\n"u8);
        }

        return new RegionTree(codes, names, Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 8)));
    }

    /// <summary>The position of a code, or -1 when the tree does not have it.</summary>
    public int IndexOf(long code) => _index.TryGetValue(code, out var index) ? index : -1;

    public long CodeAt(int index) => _codes[index];

    public string NameAt(int index) => _names[index];

    public RegionLevel LevelAt(int index) => RegionCode.LevelOf(_codes[index]);

    /// <summary>The parent's position, or -1 for a province.</summary>
    public int ParentAt(int index) => _parents[index];

    /// <summary>The children of a node, sorted by code.</summary>
    public ReadOnlySpan<int> ChildrenOf(int index) => _children.AsSpan(_childStart[index], _childStart[index + 1] - _childStart[index]);

    /// <summary>The provinces (the tree's roots), sorted by code.</summary>
    public ReadOnlySpan<int> Provinces => _provinces;

    public bool HasChildren(int index) => _childStart[index + 1] > _childStart[index];

    /// <summary>The nodes from the province down to this one.</summary>
    public int[] PathOf(int index)
    {
        var depth = 0;
        for (var i = index; i >= 0; i = _parents[i])
        {
            depth++;
        }

        var path = new int[depth];
        for (var i = index; i >= 0; i = _parents[i])
        {
            path[--depth] = i;
        }

        return path;
    }

    /// <summary>Names from the province down, separated by spaces: 河南省 郑州市 登封市 嵩阳街道.</summary>
    public string FullNameOf(int index) => string.Join(' ', PathOf(index).Select(i => _names[i]));

    /// <summary>Whether the node lies in the county (a 12-digit county code) or is the county itself.</summary>
    public bool IsWithinCounty(int index, long countyCode) => RegionCode.CountyOf(_codes[index]) == countyCode && LevelAt(index) >= RegionLevel.County;

    /// <summary>
    /// Nodes whose name matches <paramref name="query"/>: exact names first, then names that start
    /// with it, then names that contain it; within each, upper levels first, then by code. Only
    /// the descendants of <paramref name="within"/> when it is given (a node position).
    /// </summary>
    public IReadOnlyList<int> Search(string query, int limit, int within = -1)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length == 0 || limit <= 0)
        {
            return [];
        }

        var (from, to) = within < 0 ? (0, _codes.Length) : DescendantRange(within);

        // One list per (rank, level), each capped at the limit: enough for the best `limit` overall.
        var buckets = new List<int>[3 * 5];
        for (var i = from; i < to; i++)
        {
            var name = _names[i];
            var at = name.IndexOf(query, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var rank = at > 0 ? 2 : name.Length == query.Length ? 0 : 1;
            var bucket = buckets[(rank * 5) + (int)LevelAt(i) - 1] ??= [];
            if (bucket.Count < limit)
            {
                bucket.Add(i);
            }
        }

        var result = new List<int>(limit);
        foreach (var bucket in buckets)
        {
            if (bucket is null)
            {
                continue;
            }

            foreach (var i in bucket)
            {
                if (result.Count == limit)
                {
                    return result;
                }

                result.Add(i);
            }
        }

        return result;
    }

    // Codes are sorted, so a node's descendants are the contiguous codes up to the end of its code span.
    private (int From, int To) DescendantRange(int index)
    {
        var code = _codes[index];
        var span = LevelAt(index) switch
        {
            RegionLevel.Province => 10_000_000_000L,
            RegionLevel.City => 100_000_000L,
            RegionLevel.County => 1_000_000L,
            RegionLevel.Town => 1_000L,
            _ => 1L,
        };
        var end = Array.BinarySearch(_codes, code + span);
        return (index + 1, end >= 0 ? end : ~end);
    }
}
