using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Regions.Application.Importing;

/// <summary>A division file is refused as a whole, naming the first bad line.</summary>
public sealed class RegionFileMustBeWellFormedRule(int line, string problem) : IBusinessRule
{
    public const string ErrorCode = "regions.import.malformed";

    public int Line => line;

    public bool IsBroken() => true;

    public string Code => ErrorCode;

    public string Message => line > 0 ? $"第 {line} 行：{problem}" : problem;

    public string? Field => "file";

    public static BusinessRuleValidationException At(int line, string problem) => new(new RegionFileMustBeWellFormedRule(line, problem));
}
