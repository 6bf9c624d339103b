using System.Text;
using System.Text.RegularExpressions;
using Enrollment.BuildingBlocks.Domain.Identifiers;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Certificates;

/// <summary>
/// Certificate numbers as parents type them: normalised (spaces dropped, full-width letters, digits and brackets
/// made half-width, letters upper case) and checked against the format of their certificate. Strict only where
/// the format is national and fixed (不动产权证); elsewhere the check stops what cannot be a number (too short,
/// no digits, stray characters) without refusing a real local variant — see docs/certificate-numbers.md.
/// </summary>
public static partial class CertificateNumbers
{
    /// <summary>The label the parent reads before the message (产权编号, 居住证号码, ...).</summary>
    public static string LabelOf(CertificateFormat format) => format switch
    {
        CertificateFormat.HouseOwnershipCertificate or CertificateFormat.RealEstateCertificate
            or CertificateFormat.LandUseCertificate or CertificateFormat.OnlinePurchaseContract => "产权编号",
        CertificateFormat.ResidencePermit => "居住证号码",
        CertificateFormat.SocialInsurance => "社保编号",
        CertificateFormat.PreferentialCare => "优抚证编号",
        CertificateFormat.RelocationAgreement => "协议编号",
        CertificateFormat.UtilityAccount => "户号",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The property page's format per 产权类型.</summary>
    public static CertificateFormat Of(PropertyTitleType titleType) => titleType switch
    {
        PropertyTitleType.HouseOwnershipCertificate => CertificateFormat.HouseOwnershipCertificate,
        PropertyTitleType.RealEstateCertificate => CertificateFormat.RealEstateCertificate,
        PropertyTitleType.LandUseCertificate => CertificateFormat.LandUseCertificate,
        PropertyTitleType.OnlinePurchaseContract => CertificateFormat.OnlinePurchaseContract,
        _ => throw new ArgumentOutOfRangeException(nameof(titleType), titleType, null),
    };

    /// <summary>Spaces dropped, full-width ASCII (Ａ, １, （, ）, －) made half-width, letters upper case.</summary>
    public static string Normalize(string? input)
    {
        var builder = new StringBuilder(input?.Length ?? 0);
        foreach (var c in input ?? string.Empty)
        {
            var ch = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (char.IsWhiteSpace(ch) || ch == '\u3000')
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(ch));
        }

        return builder.ToString();
    }

    /// <summary>Null when <paramref name="input"/> (as typed) is a number of that certificate; else the parent's message, in Chinese, label first.</summary>
    public static string? Check(CertificateFormat format, string? input)
    {
        var label = LabelOf(format);
        var number = Normalize(input);
        if (number.Length == 0)
        {
            return $"请填写{label}";
        }

        var problem = format switch
        {
            CertificateFormat.RealEstateCertificate => RealEstate().IsMatch(number)
                ? null
                : "不动产权证号格式应为「省简称(年份)市县名称不动产权第7位数字号」，如：豫(2020)登封市不动产权第0001234号",
            CertificateFormat.LandUseCertificate => LandUse().IsMatch(number)
                ? null
                : "土地使用证号格式应为「简称(年份)第…号」，如：登国用(2010)第0123号",
            CertificateFormat.HouseOwnershipCertificate => Lenient(number, 4, 40, minimumDigits: 4, allowChinese: true),
            CertificateFormat.OnlinePurchaseContract => Lenient(number, 6, 30, minimumDigits: 4, allowChinese: false),
            CertificateFormat.ResidencePermit => Lenient(number, 6, 30, minimumDigits: 6, allowChinese: false),
            CertificateFormat.SocialInsurance => SocialInsurance(number),
            CertificateFormat.PreferentialCare => Lenient(number, 4, 30, minimumDigits: 3, allowChinese: true),
            CertificateFormat.RelocationAgreement => Lenient(number, 3, 50, minimumDigits: 1, allowChinese: true),
            CertificateFormat.UtilityAccount => Lenient(number, 5, 20, minimumDigits: 5, allowChinese: false),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        return problem is null ? null : $"{label}：{problem}";
    }

    // 不动产权证 (不动产登记规定, since 2015): 省级简称 + (year) + 市县名称 + 不动产权第 + 7 digits + 号.
    [GeneratedRegex(@"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]\(\d{4}\)\p{IsCJKUnifiedIdeographs}{1,15}不动产权第\d{7}号$")]
    private static partial Regex RealEstate();

    // 土地使用证: 登国用(2010)第0123号, 郑集用(2005)第12号, 登封市国用(2009)字第123号.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,10}\(\d{4}\)\p{IsCJKUnifiedIdeographs}{0,3}\d{1,10}号?$")]
    private static partial Regex LandUse();

    /// <summary>The parent's 社会保障号码: since the social security card it is the resident ID; older local personal numbers are 6–20 digits.</summary>
    private static string? SocialInsurance(string number)
    {
        if (number.Length == 18 && number[..17].All(char.IsAsciiDigit))
        {
            return ChineseIdentifiers.IsResidentIdChecksumValid(number) ? null : "社会保障号码（身份证号）校验位错误，请核对是否填写有误";
        }

        return number.Length is >= 6 and <= 20 && number.All(char.IsAsciiDigit)
            ? null
            : "应为社会保障号码（即身份证号，18位）或6–20位数字的个人编号";
    }

    private static string? Lenient(string number, int min, int max, int minimumDigits, bool allowChinese)
    {
        if (number.Length < min || number.Length > max)
        {
            return $"应为{min}–{max}位";
        }

        var allowed = allowChinese ? "数字、字母、汉字、括号和“-”" : "数字、字母和“-”";
        foreach (var c in number)
        {
            var ok = char.IsAsciiLetterOrDigit(c) || c is '-' || (allowChinese && (c is '(' or ')' || IsChinese(c)));
            if (!ok)
            {
                return $"只能由{allowed}组成";
            }
        }

        return number.Count(char.IsAsciiDigit) < minimumDigits ? $"至少应含{minimumDigits}位数字" : null;
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
