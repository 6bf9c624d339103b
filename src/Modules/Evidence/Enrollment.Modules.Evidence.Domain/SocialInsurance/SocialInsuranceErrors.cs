using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.SocialInsurance;

/// <summary>The import's refusals that check no condition on state (ADR-0020).</summary>
public static class SocialInsuranceErrors
{
    public const string UnreadableCode = "social-insurance.import.unreadable";

    /// <summary>Two uploads of the same file at the same moment: the second lost the race for the content hash.</summary>
    public static readonly DomainError AlreadyQueued = new("social-insurance.import.duplicate", "同一文件正在导入，请稍后刷新查看进度", null, RuleKind.Conflict);

    /// <summary>
    /// Not the bureau's payment export: another format renamed, a compressed bomb, a sheet without the columns.
    /// <paramref name="problem"/> is the reader's description, in the admin's words.
    /// </summary>
    public static DomainError Unreadable(string problem) => new(UnreadableCode, problem, "file");
}
