namespace Enrollment.BuildingBlocks.Domain.PersonalData;

/// <summary>How much personal data a reader of an application may see.</summary>
public enum Disclosure
{
    /// <summary>Reviewers and auditors: identifiers and phones masked, addresses shown (they check them).</summary>
    Masked,

    /// <summary>Integrators without <c>applications:read:pii</c>: identifiers and phones masked, detailed addresses left out.</summary>
    MaskedWithoutAddresses,

    /// <summary>Integrators with <c>applications:read:pii</c>, a reviewer's reveal: everything as stored.</summary>
    Full,
}

/// <summary>
/// The masking policy of the platform: every list, detail, export and integration answer that shows a person
/// masked goes through these, so that no two places hide different parts. A masked resident ID hides its
/// eight birth-date digits; the birth date beside it is therefore cut to the year (the age window is
/// judged by the pre-check, not by the reader), because a full date — or year and month, with the visible
/// check digit leaving two or three days — would give the hidden digits back.
/// </summary>
public static class Disclosed
{
    public static bool IsMasked(Disclosure disclosure) => disclosure != Disclosure.Full;

    public static string? ResidentId(string? value, Disclosure disclosure) => IsMasked(disclosure) ? PersonalDataMask.ResidentId(value) : value;

    public static string? Mobile(string? value, Disclosure disclosure) => IsMasked(disclosure) ? PersonalDataMask.Mobile(value) : value;

    public static string? CertificateNumber(string? value, Disclosure disclosure) => IsMasked(disclosure) ? PersonalDataMask.CertificateNumber(value) : value;

    /// <summary>The birth date in full, or null where the resident ID beside it is masked (the year stays: <see cref="BirthYear"/>).</summary>
    public static DateOnly? BirthDate(DateOnly value, Disclosure disclosure) => IsMasked(disclosure) ? null : value;

    /// <summary>The birth year, shown to every reader: with the visible check digit about 33 dates of the year remain possible.</summary>
    public static int BirthYear(DateOnly value) => value.Year;

    /// <summary>The detailed part of an address (street, house number; 所属小区): left out for <see cref="Disclosure.MaskedWithoutAddresses"/>.</summary>
    public static string? AddressDetail(string? value, Disclosure disclosure) => disclosure == Disclosure.MaskedWithoutAddresses ? null : value;
}
