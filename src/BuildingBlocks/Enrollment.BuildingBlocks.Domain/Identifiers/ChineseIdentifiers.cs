namespace Enrollment.BuildingBlocks.Domain.Identifiers;

/// <summary>
/// The pure check-character algorithms of the national identifiers, shared by the modules that read
/// them (Registration: the student's and parents' IDs; Evidence: the relocated person's ID and the
/// business licence). Messages and rules stay in each module; only the arithmetic lives here.
/// </summary>
public static class ChineseIdentifiers
{
    private static readonly int[] ResidentIdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string ResidentIdCheckCharacters = "10X98765432";

    /// <summary>The 31 characters of GB 32100-2015 (no I, O, S, V, Z), in value order.</summary>
    public const string CreditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>GB 11643-1999, ISO 7064 MOD 11-2 over the first 17 digits (which the caller has checked are digits).</summary>
    public static char ResidentIdCheckCharacterOf(ReadOnlySpan<char> first17Digits)
    {
        if (first17Digits.Length != 17)
        {
            throw new ArgumentException("A resident ID check character is computed over 17 digits.", nameof(first17Digits));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17Digits[i] - '0') * ResidentIdWeights[i];
        }

        return ResidentIdCheckCharacters[sum % 11];
    }

    /// <summary>
    /// 18 characters, 17 digits and a digit or X (upper case), the check character right. Region and
    /// birth-date checks are the caller's (Registration's <c>ResidentIdNumber</c> does them).
    /// </summary>
    public static bool IsResidentIdChecksumValid(string? value) =>
        value is { Length: 18 }
        && value.AsSpan(0, 17).IndexOfAnyExceptInRange('0', '9') < 0
        && value[17] == ResidentIdCheckCharacterOf(value.AsSpan(0, 17));

    /// <summary>GB 32100-2015: check = (31 − Σ(value × weight) mod 31) mod 31 over the first 17 characters.</summary>
    /// <returns>The check character, or null when a character is outside the alphabet.</returns>
    public static char? CreditCodeCheckCharacterOf(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("A credit code check character is computed over 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = CreditCodeAlphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            sum += value * CreditCodeWeights[i];
        }

        return CreditCodeAlphabet[(31 - (sum % 31)) % 31];
    }
}
