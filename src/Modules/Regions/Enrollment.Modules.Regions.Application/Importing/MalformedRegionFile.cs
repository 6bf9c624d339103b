using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Regions.Application.Importing;

/// <summary>A division file is refused as a whole, naming the first bad line (0: the file as a whole).</summary>
public static class MalformedRegionFile
{
    public const string ErrorCode = "regions.import.malformed";

    public static BusinessRuleValidationException At(int line, string problem) =>
        new DomainError(ErrorCode, line > 0 ? $"第 {line} 行：{problem}" : problem, Field: "file").ToException();
}
