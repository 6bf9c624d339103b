using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.SocialInsurance.Rules;

/// <summary>An upload of the payment export is at most <paramref name="maxBytes"/> (configuration <c>Evidence:SocialInsurance:MaxFileBytes</c>).</summary>
public sealed class ImportFileMustNotExceedSizeRule(long length, long maxBytes) : IBusinessRule
{
    public const string ErrorCode = "social-insurance.import.too-large";

    public bool IsBroken() => length > maxBytes;

    public string Code => ErrorCode;

    public string Message => $"文件不能超过{maxBytes / (1024 * 1024)}MB，请按月份拆分后分别导入";

    public string? Field => "file";
}
