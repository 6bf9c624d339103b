namespace Enrollment.Modules.Review.Domain.PersonalData;

/// <summary>How much personal data a reader of an application may see.</summary>
public enum Disclosure
{
    /// <summary>Reviewers and auditors: identifiers and phones masked, addresses shown (they check them).</summary>
    Masked,

    /// <summary>Integrators without <c>applications:read:pii</c>: identifiers and phones masked, detailed addresses left out.</summary>
    MaskedWithoutAddresses,

    /// <summary>Integrators with <c>applications:read:pii</c>: everything as stored.</summary>
    Full,
}

/// <summary>
/// Masks personal identifiers for lists, detail pages and exports: the start and the end stay readable
/// (a reviewer can match a document in hand), the middle — the birth date of an ID — is hidden. Pure
/// functions over the stored text; the same length comes back, so columns stay aligned.
/// </summary>
public static class PersonalDataMask
{
    public const char MaskCharacter = '*';

    /// <summary>身份证号: the 6-digit region, 8 stars, the last 4 (<c>410185********0014</c>).</summary>
    public static string? ResidentId(string? value) => Keep(value, head: 6, tail: 4);

    /// <summary>手机号: the first 3 and the last 4 (<c>138****2345</c>).</summary>
    public static string? Mobile(string? value) => Keep(value, head: 3, tail: 4);

    /// <summary>Certificate numbers (出生证编号 ...): the first character and the last 2.</summary>
    public static string? CertificateNumber(string? value) => Keep(value, head: 1, tail: 2);

    public static string? ResidentId(string? value, Disclosure disclosure) => disclosure == Disclosure.Full ? value : ResidentId(value);

    public static string? Mobile(string? value, Disclosure disclosure) => disclosure == Disclosure.Full ? value : Mobile(value);

    public static string? CertificateNumber(string? value, Disclosure disclosure) => disclosure == Disclosure.Full ? value : CertificateNumber(value);

    /// <summary>The detailed part of an address (street, house number; 所属小区): left out for <see cref="Disclosure.MaskedWithoutAddresses"/>.</summary>
    public static string? AddressDetail(string? value, Disclosure disclosure) => disclosure == Disclosure.MaskedWithoutAddresses ? null : value;

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
