using Enrollment.BuildingBlocks.Domain.PersonalData;

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

/// <summary>The masks of <see cref="PersonalDataMask"/> applied as a <see cref="Disclosure"/> allows.</summary>
public static class Disclosed
{
    public static string? ResidentId(string? value, Disclosure disclosure) => disclosure == Disclosure.Full ? value : PersonalDataMask.ResidentId(value);

    public static string? Mobile(string? value, Disclosure disclosure) => disclosure == Disclosure.Full ? value : PersonalDataMask.Mobile(value);

    public static string? CertificateNumber(string? value, Disclosure disclosure) => disclosure == Disclosure.Full ? value : PersonalDataMask.CertificateNumber(value);

    /// <summary>The detailed part of an address (street, house number; 所属小区): left out for <see cref="Disclosure.MaskedWithoutAddresses"/>.</summary>
    public static string? AddressDetail(string? value, Disclosure disclosure) => disclosure == Disclosure.MaskedWithoutAddresses ? null : value;
}
