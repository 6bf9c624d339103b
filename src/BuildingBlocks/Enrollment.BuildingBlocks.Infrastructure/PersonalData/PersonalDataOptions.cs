namespace Enrollment.BuildingBlocks.Infrastructure.PersonalData;

/// <summary>
/// <c>PersonalData</c>: the keys that encrypt resident IDs, phones and certificate numbers at rest (ADR-0029).
/// </summary>
public sealed class PersonalDataOptions
{
    public const string SectionName = "PersonalData";

    public EncryptionOptions Encryption { get; set; } = new();

    public BlindIndexOptions BlindIndex { get; set; } = new();

    public sealed class EncryptionOptions
    {
        /// <summary>The key new values are encrypted with; must be one of <see cref="Keys"/>.</summary>
        public string? ActiveKeyId { get; set; }

        /// <summary>Key id → base64 of 32 random bytes (AES-256). Old keys stay listed until the re-encryption job has moved every row.</summary>
        public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

        /// <summary>How many rows the re-encryption job rewrites per transaction.</summary>
        public int BatchSize { get; set; } = 200;
    }

    public sealed class BlindIndexOptions
    {
        /// <summary>Base64 of at least 32 random bytes: the HMAC-SHA256 key of the equality lookups. Never rotated in place (see the ADR).</summary>
        public string? Key { get; set; }
    }
}
