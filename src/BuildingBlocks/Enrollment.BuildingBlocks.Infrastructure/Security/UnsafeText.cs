namespace Enrollment.BuildingBlocks.Infrastructure.Security;

/// <summary>
/// Characters no text field accepts: NUL and the other C0/C1 control characters (ANSI escapes begin
/// with ESC), and the bidirectional overrides and isolates that make text display other than it reads.
/// Tab, line feed and carriage return stay allowed (multi-line texts).
/// </summary>
public static class UnsafeText
{
    public const string Message = "不能包含控制字符";

    public static bool Contains(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsUnsafe(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r'))
        || c is >= '\u007f' and <= '\u009f'
        || c is >= '\u202a' and <= '\u202e'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u200e' or '\u200f' or '\u061c' or '\ufeff';
}
