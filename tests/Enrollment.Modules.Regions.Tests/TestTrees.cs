using Enrollment.Modules.Regions.Domain.Regions;

namespace Enrollment.Modules.Regions.Tests;

/// <summary>A small tree with real codes and names (NBS 2023).</summary>
internal static class TestTrees
{
    public static readonly (long, string)[] Rows =
    [
        (410000000000, "河南省"),
        (410100000000, "郑州市"),
        (410102000000, "中原区"),
        (410102001000, "林山寨街道"),
        (410185000000, "登封市"),
        (410185001000, "嵩阳街道"),
        (410185001001, "嵩溪园居委会"),
        (410185100000, "大金店镇"),
        (410185100202, "金中村委会"),
        (410185100001, "金西居委会"),
        (440000000000, "广东省"),
        (441900000000, "东莞市"),
        (441900003000, "东城街道"),
        (350000000000, "福建省"),
        (350500000000, "泉州市"),
        (350527000000, "金门县"),
    ];

    public static RegionTree Small() => RegionTree.Build(Rows);
}
