namespace Enrollment.Modules.Registration.Domain.Students;

/// <summary>民族: the 56 ethnic groups with their GB/T 3304-1991 codes (01 汉族 … 56 基诺族).</summary>
public sealed record Ethnicity(string Code, string Name)
{
    public const string InvalidMessage = "请从列表中选择民族";

    public static readonly IReadOnlyList<Ethnicity> All =
    [
        new("01", "汉族"), new("02", "蒙古族"), new("03", "回族"), new("04", "藏族"), new("05", "维吾尔族"),
        new("06", "苗族"), new("07", "彝族"), new("08", "壮族"), new("09", "布依族"), new("10", "朝鲜族"),
        new("11", "满族"), new("12", "侗族"), new("13", "瑶族"), new("14", "白族"), new("15", "土家族"),
        new("16", "哈尼族"), new("17", "哈萨克族"), new("18", "傣族"), new("19", "黎族"), new("20", "傈僳族"),
        new("21", "佤族"), new("22", "畲族"), new("23", "高山族"), new("24", "拉祜族"), new("25", "水族"),
        new("26", "东乡族"), new("27", "纳西族"), new("28", "景颇族"), new("29", "柯尔克孜族"), new("30", "土族"),
        new("31", "达斡尔族"), new("32", "仫佬族"), new("33", "羌族"), new("34", "布朗族"), new("35", "撒拉族"),
        new("36", "毛南族"), new("37", "仡佬族"), new("38", "锡伯族"), new("39", "阿昌族"), new("40", "普米族"),
        new("41", "塔吉克族"), new("42", "怒族"), new("43", "乌孜别克族"), new("44", "俄罗斯族"), new("45", "鄂温克族"),
        new("46", "德昂族"), new("47", "保安族"), new("48", "裕固族"), new("49", "京族"), new("50", "塔塔尔族"),
        new("51", "独龙族"), new("52", "鄂伦春族"), new("53", "赫哲族"), new("54", "门巴族"), new("55", "珞巴族"),
        new("56", "基诺族"),
    ];

    private static readonly Dictionary<string, Ethnicity> ByCode = All.ToDictionary(e => e.Code, StringComparer.Ordinal);

    public static Ethnicity? Find(string? code) => code is not null && ByCode.TryGetValue(code.Trim(), out var found) ? found : null;

    public static bool IsValid(string? code) => Find(code) is not null;
}
