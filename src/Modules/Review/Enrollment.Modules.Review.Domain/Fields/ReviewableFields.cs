namespace Enrollment.Modules.Review.Domain.Fields;

/// <summary>One field a reviewer can point at: the wizard page (as the API names it) and the field within it.</summary>
public sealed record ReviewableField(string Page, string Field, string PageLabel, string Label)
{
    public string Key => $"{Page}.{Field}";
}

/// <summary>
/// The pages and fields of an application as reviewers see them (pages 2–11 of the guide; page 1 is the
/// graduation type). <see cref="WholePage"/> points at a page as a whole (every evidence page, or "this page is missing").
/// </summary>
public static class ReviewableFields
{
    public const string WholePage = "page";

    public static IReadOnlyDictionary<string, string> Pages { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["student"] = "学生基本信息",
        ["guardians"] = "学生父母信息",
        ["household"] = "学生户籍信息",
        ["property"] = "房产信息",
        ["residence-permit"] = "居住证信息",
        ["employment"] = "务工信息",
        ["business"] = "经商信息",
        ["preferential-care"] = "政策（优抚）照顾信息",
        ["relocation"] = "拆迁安置协议信息",
        ["long-term-residence"] = "长期居住信息",
    };

    public static IReadOnlyList<ReviewableField> All { get; } = Build();

    private static readonly Dictionary<string, ReviewableField> ByKey = All.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public static ReviewableField? Find(string? page, string? field) =>
        page is null || field is null ? null : ByKey.GetValueOrDefault($"{page}.{field}");

    private static List<ReviewableField> Build()
    {
        var fields = new List<ReviewableField>();
        void Add(string page, string field, string label) => fields.Add(new ReviewableField(page, field, Pages[page], label));

        Add("student", "name", "姓名");
        Add("student", "formerName", "曾用名");
        Add("student", "residentId", "身份证号");
        Add("student", "ethnicityCode", "民族");
        Add("student", "graduationSchoolId", "毕业学校");
        Add("student", "graduationClassId", "毕业班级");
        Add("student", "birthCertificateNumber", "出生证编号");
        foreach (var (role, label) in new[] { ("father", "父亲"), ("mother", "母亲") })
        {
            Add("guardians", $"{role}.name", $"{label}姓名");
            Add("guardians", $"{role}.residentId", $"{label}身份证号");
            Add("guardians", $"{role}.mobile", $"{label}手机号");
            Add("guardians", $"{role}.regionCode", $"{label}户口簿地址（区划）");
            Add("guardians", $"{role}.addressDetail", $"{label}户口簿地址（详细地址）");
        }

        Add("household", "type", "户口类型");
        Add("household", "regionCode", "户口簿登记地址（区划）");
        Add("household", "addressDetail", "户口簿登记地址（详细地址）");
        Add("household", "community", "所属小区");
        Add("household", "householder.name", "户主姓名");
        Add("household", "householder.residentId", "户主身份证号");
        Add("household", "householder.relation", "与户主关系");
        Add("household", "guardianOnSameBooklet", "与学生同一户口簿的家长");
        foreach (var page in Pages.Keys)
        {
            Add(page, WholePage, "整页");
        }

        return fields;
    }
}
