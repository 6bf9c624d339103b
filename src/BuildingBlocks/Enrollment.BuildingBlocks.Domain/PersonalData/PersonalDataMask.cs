namespace Enrollment.BuildingBlocks.Domain.PersonalData;

/// <summary>
/// Masks personal identifiers for lists, detail pages and exports: the start and the end stay readable
/// (a reviewer can match a document in hand), the middle — the birth date of an ID — is hidden. Pure
/// functions over the stored text; the same length comes back, so columns stay aligned. Every module
/// that shows an identifier or a phone masked (个人信息, the review queue, exports, log lines) uses this
/// one; <see cref="Disclosed"/> says which reader sees which.
/// </summary>
public static class PersonalDataMask
{
    public const char MaskCharacter = '*';

    /// <summary>
    /// 身份证号: the 6-digit region, 8 stars, the last 4 (<c>410185********0014</c>). An old 15-digit number
    /// (yyMMdd at 7–12, then 3 digits) keeps only its last 3, so no digit of the birth date shows.
    /// </summary>
    public static string? ResidentId(string? value) => value?.Trim().Length == 15 ? Keep(value, head: 6, tail: 3) : Keep(value, head: 6, tail: 4);

    /// <summary>手机号: the first 3 and the last 4 (<c>138****2345</c>).</summary>
    public static string? Mobile(string? value) => Keep(value, head: 3, tail: 4);

    /// <summary>Certificate numbers (出生证编号 ...): the first character and the last 2.</summary>
    public static string? CertificateNumber(string? value) => Keep(value, head: 1, tail: 2);

    /// <summary>
    /// Keeps <paramref name="head"/> characters at the start and <paramref name="tail"/> at the end and
    /// stars the rest. A value too short to hide anything that way is starred whole; null and empty stay as they are.
    /// </summary>
    public static string? Keep(string? value, int head, int tail)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(head);
        ArgumentOutOfRangeException.ThrowIfNegative(tail);
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        var text = value.Trim();
        if (text.Length <= head + tail)
        {
            return new string(MaskCharacter, text.Length);
        }

        return string.Concat(text.AsSpan(0, head), new string(MaskCharacter, text.Length - head - tail), text.AsSpan(text.Length - tail));
    }
}
