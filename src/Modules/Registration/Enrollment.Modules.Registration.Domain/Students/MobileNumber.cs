namespace Enrollment.Modules.Registration.Domain.Students;

/// <summary>手机号: 11 digits, 1[3-9]….</summary>
public static class MobileNumber
{
    public const string InvalidMessage = "手机号应为11位数字，以13至19开头";

    public static bool IsValid(string? input) =>
        input is { Length: 11 } text && text[0] == '1' && text[1] is >= '3' and <= '9' && text.All(char.IsAsciiDigit);
}
