using System.Collections.Frozen;

namespace Enrollment.Modules.Identity.Application.Staff;

/// <summary>
/// The staff password policy: at least 10 characters (at most 128), not one of the commonly guessed
/// passwords, not one repeated character or a run of consecutive keys, and not the user name.
/// </summary>
public static class StaffPasswordPolicy
{
    public const int MinimumLength = 10;
    public const int MaximumLength = 128;

    // The first entries of public breach corpora, and the obvious local ones (bureau, county, school).
    private static readonly FrozenSet<string> Common = new[]
    {
        "1234567890", "12345678910", "0123456789", "1234567891", "123456789a", "a123456789", "1q2w3e4r5t", "1qaz2wsx3edc",
        "qwertyuiop", "asdfghjkl;", "zxcvbnm123", "password12", "password123", "password1234", "p@ssw0rd12", "passw0rd12",
        "iloveyou12", "abc1234567", "abcd123456", "abcdefghij", "qwerty1234", "qwe1234567", "admin12345", "admin123456",
        "administrator", "admin@1234", "admin#1234", "admin#2024", "admin#2025", "admin#2026", "welcome123", "woaini1314",
        "5201314520", "1314520520", "88888888888", "66666666666", "11111111111", "00000000000", "aa12345678", "zhang123456",
        "wang123456", "li12345678", "dengfeng123", "dengfeng2024", "jiaoyuju123", "jiaoyu12345", "xuexiao123", "enrollment1",
        "changeme123", "letmein1234", "trustno1234", "football12", "baseball12", "superman12", "monkey1234", "dragon1234",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The message of the first rule the password breaks, or null.</summary>
    public static string? Check(string password, string? userName)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinimumLength)
        {
            return $"密码至少{MinimumLength}位";
        }

        if (password.Length > MaximumLength)
        {
            return $"密码不能超过{MaximumLength}位";
        }

        if (Common.Contains(password) || IsRepeatedOrSequential(password))
        {
            return "密码过于常见，请换一个不易猜到的密码";
        }

        if (!string.IsNullOrWhiteSpace(userName) && password.Contains(userName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return "密码不能包含用户名";
        }

        return null;
    }

    private static bool IsRepeatedOrSequential(string password)
    {
        if (password.All(c => c == password[0]))
        {
            return true;
        }

        var up = true;
        var down = true;
        for (var i = 1; i < password.Length; i++)
        {
            up &= password[i] == password[i - 1] + 1;
            down &= password[i] == password[i - 1] - 1;
        }

        return up || down;
    }

    public static IRuleBuilderOptionsConditions<T, string?> StaffPassword<T>(this IRuleBuilder<T, string?> rule, Func<T, string?> userName) =>
        rule.Custom((password, context) =>
        {
            if (password is not null && Check(password, userName(context.InstanceToValidate)) is { } message)
            {
                context.AddFailure(message);
            }
        });
}
