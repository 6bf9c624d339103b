using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Domain.Identifiers;
using Enrollment.Modules.Evidence.Domain.Evidences.Rules;

namespace Enrollment.Modules.Evidence.Domain.Evidences;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters over <c>0-9 A-H J-N P-R T U W-Y</c>, the last a
/// check character. Lower case is taken and kept upper case.
/// </summary>
public sealed record UnifiedSocialCreditCode : IValueObject
{
    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    public static CreditCodeError? Check(string? input, out UnifiedSocialCreditCode? code)
    {
        code = null;
        var text = input?.Trim().ToUpperInvariant() ?? string.Empty;
        if (text.Length == 0)
        {
            return CreditCodeError.Missing;
        }

        if (text.Length != 18)
        {
            return CreditCodeError.WrongLength;
        }

        if (text.Any(c => !ChineseIdentifiers.CreditCodeAlphabet.Contains(c, StringComparison.Ordinal)))
        {
            return CreditCodeError.InvalidCharacters;
        }

        if (ChineseIdentifiers.CreditCodeCheckCharacterOf(text.AsSpan(0, 17)) != text[17])
        {
            return CreditCodeError.WrongCheckCharacter;
        }

        code = new UnifiedSocialCreditCode(text);
        return null;
    }

    public static string? MessageOf(string? input) => Check(input, out _) is { } error ? BusinessLicenceMustBeValidRule.MessageOf(error) : null;

    /// <summary>Parses or stops the change (<c>evidence.business-licence.*</c>).</summary>
    public static UnifiedSocialCreditCode Create(string? input, string field)
    {
        var rule = new BusinessLicenceMustBeValidRule(input, field);
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }

        Check(input, out var code);
        return code!;
    }

    /// <summary>For stored values, which were checked when saved.</summary>
    public static UnifiedSocialCreditCode FromStored(string value) => new(value);

    public override string ToString() => Value;
}

public enum CreditCodeError
{
    Missing,
    WrongLength,
    InvalidCharacters,
    WrongCheckCharacter,
}
