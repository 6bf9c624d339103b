using Enrollment.BuildingBlocks.Domain;
using System.Globalization;
using Enrollment.Modules.Review.Domain.Fields;

namespace Enrollment.Modules.Review.Domain.Statistics;

/// <summary>One bar of a chart: the stable key (status, school id, day, kind), the label a person reads, the count.</summary>
public sealed record CountItem(string Key, string Label, int Count);

/// <summary>
/// Counts submitted applications for the dashboard as they are read one by one: by status, graduation
/// school, graduation type, day of first submission (China time) and saved evidence page. Statuses,
/// graduation types and evidence pages are always all listed (zero included) in their fixed order; schools
/// most applications first; days oldest first.
/// </summary>
public sealed class StatisticsTally
{

    private static readonly (string Key, string Label)[] Statuses = [("UnderReview", "审核中"), ("Returned", "有误"), ("Accepted", "已提交")];
    private static readonly (string Key, string Label)[] GraduationTypes = [("KindergartenGraduate", "幼儿园毕业生"), ("PrimaryGraduate", "小学毕业生")];

    /// <summary>The evidence pages (5–11) in page order.</summary>
    public static IReadOnlyList<string> EvidenceKinds { get; } =
        ["property", "residence-permit", "employment", "business", "preferential-care", "relocation", "long-term-residence"];

    private readonly Dictionary<string, int> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, (string? Name, int Count)> _schools = [];
    private readonly SortedDictionary<string, int> _days = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _evidence = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public void AddApplication(string status, string graduationType, Guid schoolId, string? schoolName, DateTimeOffset submittedAt)
    {
        Total++;
        Increment(_statuses, status);
        Increment(_types, graduationType);
        _schools[schoolId] = (_schools.GetValueOrDefault(schoolId).Name ?? schoolName, _schools.GetValueOrDefault(schoolId).Count + 1);
        Increment(_days, submittedAt.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>One application has the page saved (call once per application and page).</summary>
    public void AddEvidence(string kind) => Increment(_evidence, kind);

    public IReadOnlyList<CountItem> ByStatus() => [.. Statuses.Select(s => new CountItem(s.Key, s.Label, _statuses.GetValueOrDefault(s.Key)))];

    public IReadOnlyList<CountItem> ByGraduationType() => [.. GraduationTypes.Select(t => new CountItem(t.Key, t.Label, _types.GetValueOrDefault(t.Key)))];

    public IReadOnlyList<CountItem> BySchool() =>
    [
        .. _schools
            .Select(s => new CountItem(s.Key.ToString(), s.Value.Name ?? "（未知学校）", s.Value.Count))
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Label, StringComparer.Ordinal),
    ];

    public IReadOnlyList<CountItem> ByDay() => [.. _days.Select(d => new CountItem(d.Key, d.Key, d.Value))];

    public IReadOnlyList<CountItem> ByEvidenceKind() =>
        [.. EvidenceKinds.Select(k => new CountItem(k, ReviewableFields.Pages[k], _evidence.GetValueOrDefault(k)))];

    private static void Increment(IDictionary<string, int> counts, string key) => counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
