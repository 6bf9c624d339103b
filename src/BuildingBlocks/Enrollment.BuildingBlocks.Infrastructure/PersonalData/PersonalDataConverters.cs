using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Enrollment.BuildingBlocks.Infrastructure.PersonalData;

/// <summary>A converter that encrypts: it can also give the plaintext of a model value (for the blind index beside it).</summary>
public interface IEncryptedConverter
{
    string PlaintextOf(object model);
}

/// <summary>
/// Encrypts a value object's text with the protector on the way to the column and decrypts it on the way back;
/// legacy plaintext (no <c>v1:</c> prefix) reads as it is, so rows not yet migrated stay readable.
/// </summary>
public sealed class EncryptedConverter<TModel> : ValueConverter<TModel, string>, IEncryptedConverter
{
    private readonly Func<TModel, string> _toText;

    public EncryptedConverter(PersonalDataProtector protector, Func<TModel, string> toText, Func<string, TModel> fromText)
        : base(model => protector.Protect(toText(model)), stored => fromText(protector.Unprotect(stored)))
    {
        _toText = toText;
    }

    public string PlaintextOf(object model) => _toText((TModel)model);
}

/// <summary>
/// A column that holds only the blind index of its model value: written as the HMAC, read back as stored (the
/// index). Equality queries on the property compare indexes, because EF converts the compared value too.
/// An index passed in (a value read back, or one computed by a lookup) is kept as it is, before any normalisation.
/// </summary>
public sealed class BlindIndexConverter(PersonalDataProtector protector, string purpose, Func<string, string> normalize)
    : ValueConverter<string, string>(
        value => PersonalDataProtector.IsBlindIndex(value) ? value : protector.BlindIndex(purpose, normalize(value)),
        stored => stored);

/// <summary>The annotation that marks a blind-index column and names its source property and purpose.</summary>
public static class PersonalDataModel
{
    public const string BlindIndexOf = "PersonalData:BlindIndexOf";

    /// <summary>The length every encrypted short value fits in (an 18-character ID is about 80 characters).</summary>
    public const int EncryptedLength = 200;

    /// <summary>The length of a blind index (<c>bi1:</c> and the base64 of 32 bytes).</summary>
    public const int BlindIndexLength = 48;

    public static PropertyBuilder<string?> IsBlindIndexOf(this PropertyBuilder<string?> builder, string sourceProperty, string purpose)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.HasMaxLength(BlindIndexLength).HasAnnotation(BlindIndexOf, $"{sourceProperty}|{purpose}");
    }

    /// <summary>Encrypts a string column (phones, string IDs) with <see cref="Text"/>, wide enough for the ciphertext.</summary>
    public static PropertyBuilder<T> IsEncryptedText<T>(this PropertyBuilder<T> builder, PersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.HasConversion((ValueConverter)Text(protector)).HasMaxLength(EncryptedLength);
    }

    /// <summary>An encrypted string column (phones, legacy string IDs).</summary>
    public static EncryptedConverter<string> Text(PersonalDataProtector protector) => new(protector, text => text, text => text);
}

/// <summary>The purposes of the blind indexes: the same value gives different indexes for different purposes.</summary>
public static class BlindIndexPurposes
{
    public const string ResidentId = "resident-id";
    public const string Phone = "phone";
}
