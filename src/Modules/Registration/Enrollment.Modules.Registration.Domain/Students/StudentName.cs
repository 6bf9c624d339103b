using System.Text.RegularExpressions;
using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Students;

/// <summary>姓名 as written on the household booklet: 2–30 Chinese characters; 「·」 separates the parts of many minority names.</summary>
public sealed partial record StudentName : IValueObject
{
    public const string InvalidMessage = "姓名应为2至30个汉字，少数民族姓名中间可用“·”分隔";

    private StudentName(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid(string? input) => Normalize(input) is { } name && Pattern().IsMatch(name);

    public static StudentName Create(string? input, string field)
    {
        var name = Normalize(input);
        if (name is null || !Pattern().IsMatch(name))
        {
            throw new BusinessRuleValidationException(new NameMustBeChineseRule(field));
        }

        return new StudentName(name);
    }

    // Parents type the separator in several forms (middle dot, katakana dot, full stop); keep one.
    private static string? Normalize(string? input) =>
        string.IsNullOrWhiteSpace(input) ? null : input.Trim().Replace('•', '·').Replace('・', '·').Replace('．', '·');

    [GeneratedRegex(@"^(?=.{2,30}$)\p{IsCJKUnifiedIdeographs}+(·\p{IsCJKUnifiedIdeographs}+)*$")]
    private static partial Regex Pattern();

    public override string ToString() => Value;

    private sealed class NameMustBeChineseRule(string fieldName) : IBusinessRule
    {
        public bool IsBroken() => true;

        public string Code => "name.invalid";

        public string Message => InvalidMessage;

        public string? Field => fieldName;
    }
}
