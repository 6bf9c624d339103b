using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Students;

/// <summary>出生医学证明编号: one letter followed by digits (e.g. <c>O410012345</c>). The 「*」 printed on some certificates is not part of it.</summary>
public sealed record BirthCertificateNumber : IValueObject
{
    public const string InvalidMessage = "出生证编号应为一个字母加数字";
    public const string StarMessage = "出生证编号中印刷的「*」无需填写，请只填写字母和数字";

    private BirthCertificateNumber(string value) => Value = value;

    public string Value { get; }

    /// <summary>Null when valid; otherwise the parent-facing message.</summary>
    public static string? ErrorOf(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var text = input.Trim();
        if (text.Contains('*', StringComparison.Ordinal) || text.Contains('＊', StringComparison.Ordinal))
        {
            return StarMessage;
        }

        return text.Length is >= 2 and <= 20 && char.IsAsciiLetter(text[0]) && text[1..].All(char.IsAsciiDigit) ? null : InvalidMessage;
    }

    /// <summary>Null for an empty input (the field is optional).</summary>
    public static BirthCertificateNumber? Create(string? input, string field)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        if (ErrorOf(input) is { } message)
        {
            throw new DomainError("student.birth-certificate.invalid", message, field).ToException();
        }

        return new BirthCertificateNumber(input.Trim().ToUpperInvariant());
    }

    public static BirthCertificateNumber FromStored(string value) => new(value);

    public override string ToString() => Value;
}
