using System.Globalization;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Domain.Identifiers;

namespace Enrollment.Modules.Registration.Domain.Students;

/// <summary>
/// 居民身份证号码 (GB 11643-1999): 6-digit region, YYYYMMDD birth date, 3-digit sequence (odd = male)
/// and an ISO 7064 MOD 11-2 check character. Only the 18-character form is accepted; a lower-case x
/// is taken and kept upper-case. The only place that reads an ID, so that encrypting it at rest later
/// changes one converter, not the rules.
/// </summary>
public sealed record ResidentIdNumber : IValueObject
{
    // Province-level codes of GB/T 2260 (including Hong Kong, Macao and Taiwan residents' permits' 81-83).
    private static readonly HashSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
    ];

    private ResidentIdNumber(string value, DateOnly birthDate, Gender gender)
    {
        Value = value;
        BirthDate = birthDate;
        Gender = gender;
    }

    public string Value { get; }

    public DateOnly BirthDate { get; }

    public Gender Gender { get; }

    public static ResidentIdParseResult Parse(string? input)
    {
        var text = input?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return ResidentIdParseResult.Failed(ResidentIdError.Missing);
        }

        if (text.Length == 15 && AllDigits(text))
        {
            return ResidentIdParseResult.Failed(ResidentIdError.FifteenDigits);
        }

        if (text.Length != 18)
        {
            return ResidentIdParseResult.Failed(ResidentIdError.WrongLength);
        }

        text = text.ToUpperInvariant();
        if (!AllDigits(text.AsSpan(0, 17)) || !(char.IsAsciiDigit(text[17]) || text[17] == 'X'))
        {
            return ResidentIdParseResult.Failed(ResidentIdError.InvalidCharacters);
        }

        if (!ProvinceCodes.Contains(int.Parse(text.AsSpan(0, 2), CultureInfo.InvariantCulture)))
        {
            return ResidentIdParseResult.Failed(ResidentIdError.InvalidRegion);
        }

        if (!DateOnly.TryParseExact(text.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate))
        {
            return ResidentIdParseResult.Failed(ResidentIdError.InvalidBirthDate);
        }

        if (text[17] != CheckCharacterOf(text.AsSpan(0, 17)))
        {
            return ResidentIdParseResult.Failed(ResidentIdError.WrongCheckCharacter);
        }

        var gender = (text[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;
        return ResidentIdParseResult.Parsed(new ResidentIdNumber(text, birthDate, gender));
    }

    // A loop over the span: no substring, no enumerator (every ID read from the database is parsed again).
    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses or stops the change with <c>student.id.invalid</c>.</summary>
    public static ResidentIdNumber Create(string? input, string field)
    {
        var result = Parse(input);
        return result.Number ?? throw ResidentIdErrors.Invalid(result.Error!.Value, field).ToException();
    }

    /// <summary>The shared GB 11643 arithmetic (<see cref="ChineseIdentifiers"/>).</summary>
    public static char CheckCharacterOf(ReadOnlySpan<char> first17Digits) => ChineseIdentifiers.ResidentIdCheckCharacterOf(first17Digits);

    public override string ToString() => Value;
}

public enum ResidentIdError
{
    Missing,
    FifteenDigits,
    WrongLength,
    InvalidCharacters,
    InvalidRegion,
    InvalidBirthDate,
    WrongCheckCharacter,
}

public sealed record ResidentIdParseResult(ResidentIdNumber? Number, ResidentIdError? Error)
{
    public static ResidentIdParseResult Parsed(ResidentIdNumber number) => new(number, null);

    public static ResidentIdParseResult Failed(ResidentIdError error) => new(null, error);

    public bool IsValid => Number is not null;

    /// <summary>What the parent reads under the field.</summary>
    public string? Message => Error is { } error ? ResidentIdErrors.MessageOf(error) : null;
}

public static class ResidentIdErrors
{
    public const string Code = "student.id.invalid";

    public static DomainError Invalid(ResidentIdError error, string field) => new(Code, MessageOf(error), field);

    public static string MessageOf(ResidentIdError error) => error switch
    {
        ResidentIdError.Missing => "请填写身份证号",
        ResidentIdError.FifteenDigits => "请填写18位身份证号，15位旧身份证号不再受理",
        ResidentIdError.WrongLength => "身份证号应为18位",
        ResidentIdError.InvalidCharacters => "身份证号前17位应为数字，最后一位为数字或X",
        ResidentIdError.InvalidRegion => "身份证号前两位地区码无效，请核对",
        ResidentIdError.InvalidBirthDate => "身份证号中的出生日期无效，请核对",
        ResidentIdError.WrongCheckCharacter => "身份证号校验位错误，请核对是否填写有误",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };
}
