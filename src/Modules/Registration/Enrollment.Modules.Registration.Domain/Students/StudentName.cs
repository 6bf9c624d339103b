using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Students;

/// <summary>姓名 as written on the household booklet: 2–30 Chinese characters; 「·」 separates the parts of many minority names.</summary>
public sealed record StudentName : IValueObject
{
    public const string InvalidMessage = "姓名应为2至30个汉字，少数民族姓名中间可用“·”分隔";

    private StudentName(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid(string? input) => Normalize(input) is { } name && IsChineseName(name);

    public static StudentName Create(string? input, string field)
    {
        var name = Normalize(input);
        if (name is null || !IsChineseName(name))
        {
            throw new DomainError("name.invalid", InvalidMessage, field).ToException();
        }

        return new StudentName(name);
    }

    // Parents type the separator in several forms (middle dot, katakana dot, full stop); keep one.
    private static string? Normalize(string? input) =>
        string.IsNullOrWhiteSpace(input) ? null : input.Trim().Replace('•', '·').Replace('・', '·').Replace('．', '·');

    // Counted in characters (runes), not UTF-16 units: rare characters (生僻字) of the CJK extensions
    // are written as surrogate pairs and appear on household booklets.
    private static bool IsChineseName(string name)
    {
        // One pass without a list: every stored name passes here again when EF reads it (the export reads 100,000).
        var count = 0;
        var previous = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            var separator = rune.Value == '·';
            if (separator ? count == 0 || previous == '·' : !IsHanCharacter(rune.Value))
            {
                return false;
            }

            previous = rune.Value;
            if (++count > 30)
            {
                return false;
            }
        }

        return count >= 2 && previous != '·';
    }

    /// <summary>A character a name may hold besides the separator 「·」 (a Han character).</summary>
    internal static bool IsNameCharacter(int codePoint) => IsHanCharacter(codePoint);

    private static bool IsHanCharacter(int codePoint) =>
        codePoint is (>= 0x4E00 and <= 0x9FFF) // CJK Unified Ideographs
            or (>= 0x3400 and <= 0x4DBF) // Extension A
            or (>= 0x20000 and <= 0x323AF) // Extensions B–H
            or (>= 0xF900 and <= 0xFAFF) // Compatibility Ideographs
            or 0x3007; // 〇

    public override string ToString() => Value;
}
