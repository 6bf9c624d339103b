using System.Text;

namespace Enrollment.Modules.Registration.Domain.Students;

/// <summary>
/// What a reviewer's name search matches (ADR-0049), and the grams that let the database find it without reading every
/// application. A name is counted in characters (runes: a rare character of the CJK extensions is one character).
/// <list type="bullet">
/// <item>Two characters or more — the full name, the given name, the surname and the first given character — match
/// every name that <b>contains</b> them.</item>
/// <item>One character matches the names that <b>start</b> with it: the surname. (Contained anywhere, one character such as
/// 子 or 小 matches a large part of a county's children, a list nobody pages through.)</item>
/// <item>The query is read as a name is written (<see cref="StudentName"/>): spaces anywhere are dropped, the separator
/// variants become 「·」. A query with any other character (a letter, a digit) can be part of no name and matches nothing.</item>
/// </list>
/// A name's <see cref="GramsOf">grams</see> are its first character and every pair of adjacent characters. A query's
/// <see cref="Grams"/> are all among the grams of every name it matches (its first character, or its pairs), so a name
/// missing one of them cannot match; a query of one or two characters is one gram, exact, and a longer one is confirmed
/// by <see cref="Matches"/> (the substring test the database runs too).
/// </summary>
public sealed record StudentNameSearch
{
    private StudentNameSearch(string text, bool canMatch)
    {
        Text = text;
        CanMatch = canMatch;
        Length = text.EnumerateRunes().Count();
        Grams = canMatch ? (Length == 1 ? [text] : Bigrams(text)) : [];
    }

    /// <summary>The query as names are written (no spaces, one separator).</summary>
    public string Text { get; }

    /// <summary>Characters of <see cref="Text"/>.</summary>
    public int Length { get; }

    /// <summary>False when no valid name can match (empty, or a character no name has): nothing needs to be read.</summary>
    public bool CanMatch { get; }

    /// <summary>One character: the names that start with it (the surname).</summary>
    public bool IsPrefix => CanMatch && Length == 1;

    /// <summary>
    /// True when the grams alone do not decide a match (three characters or more: a name may hold every pair of the
    /// query apart); the candidates they find are confirmed with the substring test.
    /// </summary>
    public bool NeedsConfirmation => CanMatch && Length > 2;

    /// <summary>The grams every matching name has; distinct, in the query's order.</summary>
    public IReadOnlyList<string> Grams { get; }

    public static StudentNameSearch Parse(string? query)
    {
        var text = Normalize(query);
        return new StudentNameSearch(text, text.Length > 0 && text.EnumerateRunes().All(r => r.Value == '·' || StudentName.IsNameCharacter(r.Value)));
    }

    /// <summary>Whether <paramref name="name"/> is found by this search.</summary>
    public bool Matches(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return CanMatch && (IsPrefix ? name.StartsWith(Text, StringComparison.Ordinal) : name.Contains(Text, StringComparison.Ordinal));
    }

    /// <summary>The grams stored for a saved name: its first character and each distinct pair of adjacent characters.</summary>
    public static IReadOnlyList<string> GramsOf(StudentName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var runes = name.Value.EnumerateRunes().ToArray();
        if (runes.Length == 0)
        {
            return [];
        }

        List<string> grams = [runes[0].ToString()];
        foreach (var bigram in Bigrams(name.Value))
        {
            grams.Add(bigram);
        }

        return grams;
    }

    private static List<string> Bigrams(string text)
    {
        var runes = text.EnumerateRunes().ToArray();
        var grams = new List<string>();
        for (var i = 0; i + 1 < runes.Length; i++)
        {
            var gram = string.Concat(runes[i].ToString(), runes[i + 1].ToString());
            if (!grams.Contains(gram, StringComparer.Ordinal))
            {
                grams.Add(gram);
            }
        }

        return grams;
    }

    private static string Normalize(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return string.Empty;
        }

        var text = new StringBuilder(query.Length);
        foreach (var rune in query.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune))
            {
                text.Append(rune.Value == '•' || rune.Value == '・' || rune.Value == '．' ? "·" : rune.ToString());
            }
        }

        return text.ToString();
    }
}
