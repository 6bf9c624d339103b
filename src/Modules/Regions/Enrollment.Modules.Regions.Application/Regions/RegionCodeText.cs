using Enrollment.Modules.Regions.Domain.Regions;

namespace Enrollment.Modules.Regions.Application.Regions;

internal static class RegionCodeText
{
    /// <summary>The root of the tree in URLs: its children are the provinces.</summary>
    public const string Root = "000000000000";

    public const string Invalid = "区划代码应为 2、4、6、9 或 12 位数字";

    public static bool IsValid(string? code) => code == Root || RegionCode.TryParse(code, out _);
}
