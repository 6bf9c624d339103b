using System.Globalization;
using System.Text.RegularExpressions;
using Enrollment.BuildingBlocks.Domain.Identifiers;

namespace Enrollment.Modules.Evidence.Domain.SocialInsurance;

/// <summary>
/// One data row of the bureau's payment export (身份证号, 姓名, 险种类型 职工/居民, 缴费月份, 单位名称), checked
/// cell by cell: a row either becomes a record or is refused with the reason the admin reads.
/// </summary>
public static partial class PaymentExportRow
{
    public const int MaxNameLength = 50;
    public const int MaxEmployerLength = 200;

    /// <summary>The record the row stands for, or null and why it is refused.</summary>
    public static (SocialInsuranceRecord? Record, string? Refusal) Read(
        string? residentId, string? name, string? type, string? month, string? employer, Guid importId, DateTimeOffset now)
    {
        var id = residentId?.Trim().ToUpperInvariant() ?? string.Empty;
        if (id.Length == 0)
        {
            return (null, "身份证号为空");
        }

        if (id.Length != 18 || !ChineseIdentifiers.IsResidentIdChecksumValid(id))
        {
            return (null, $"身份证号「{Shorten(id)}」无效（须为18位且校验位正确）");
        }

        var person = name?.Trim() ?? string.Empty;
        if (person.Length == 0 || person.Length > MaxNameLength)
        {
            return (null, person.Length == 0 ? "姓名为空" : $"姓名超过{MaxNameLength}个字");
        }

        if (InsuranceTypes.Parse(type) is not { } insuranceType)
        {
            return (null, $"险种类型「{Shorten(type?.Trim() ?? string.Empty)}」无效（应为职工或居民）");
        }

        if (ParseMonth(month) is not { } paid)
        {
            return (null, $"缴费月份「{Shorten(month?.Trim() ?? string.Empty)}」无效（应为如2024-03的年月）");
        }

        var company = string.IsNullOrWhiteSpace(employer) ? null : employer.Trim();
        if (company is { Length: > MaxEmployerLength })
        {
            return (null, $"单位名称超过{MaxEmployerLength}个字");
        }

        return (new SocialInsuranceRecord(id, person, insuranceType, paid, company, importId, now), null);
    }

    /// <summary>
    /// 2024-03, 2024/3, 2024.03, 202403, 2024年3月, or a whole day (2024-03-01); years 2000–2099.
    /// </summary>
    public static DateOnly? ParseMonth(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        var match = MonthPattern().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        return year is >= 2000 and <= 2099 && month is >= 1 and <= 12 ? InsuranceMonth.Of(year, month) : null;
    }

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "…";

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.年](?<m>\d{1,2})(?:月|[-/.]\d{1,2}(?:日)?(?:[ T].*)?)?|(?<m>\d{2}))$")]
    private static partial Regex MonthPattern();
}
