using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.SocialInsurance.Rules;

/// <summary>
/// The bureau's payment export must be a real .xlsx workbook or a text .csv with the expected header; junk
/// (another format renamed, a compressed bomb, a sheet without the columns) is refused before anything is stored.
/// <paramref name="problem"/> is the reader's description of what is wrong, in the admin's words; null when readable.
/// </summary>
public sealed class ImportFileMustBeReadableRule(string? problem) : IBusinessRule
{
    public const string ErrorCode = "social-insurance.import.unreadable";

    public bool IsBroken() => problem is not null;

    public string Code => ErrorCode;

    public string Message => problem ?? string.Empty;

    public string? Field => "file";
}
