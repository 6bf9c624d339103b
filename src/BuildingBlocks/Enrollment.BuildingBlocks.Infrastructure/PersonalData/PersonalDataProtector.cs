using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Enrollment.BuildingBlocks.Infrastructure.PersonalData;

/// <summary>
/// Encrypts personal identifiers at rest (AES-256-GCM, a fresh nonce per value) and computes their blind indexes
/// (HMAC-SHA256 with a separate key) for equality lookups. A stored value is <c>v1:&lt;keyid&gt;:&lt;base64(nonce|cipher|tag)&gt;</c>,
/// so old rows stay readable after a rotation and a value without the prefix is recognised as legacy plaintext.
/// </summary>
public sealed class PersonalDataProtector
{
    public const string Prefix = "v1:";
    public const string BlindIndexPrefix = "bi1:";

    /// <summary>The built-in key of Development, Demo and design time: public, refused in production.</summary>
    public const string DevelopmentKeyId = "dev";

    public static readonly string DevelopmentKey = Convert.ToBase64String(SHA256.HashData("enrollment-development-encryption-key"u8));

    public static readonly string DevelopmentBlindIndexKey = Convert.ToBase64String(SHA256.HashData("enrollment-development-blind-index-key"u8));

    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Dictionary<string, byte[]> _keys;
    private readonly Dictionary<string, Cipher> _ciphers;
    private readonly Dictionary<string, Cipher>.AlternateLookup<ReadOnlySpan<char>> _cipherLookup;
    private readonly byte[]? _blindIndexKey;
    private readonly string? _activeKeyId;
    private readonly string? _problem;

    private PersonalDataProtector(Dictionary<string, byte[]> keys, string? activeKeyId, byte[]? blindIndexKey, string? problem)
    {
        _keys = keys;
        _ciphers = keys.ToDictionary(k => k.Key, k => new Cipher(k.Value, AssociatedData(k.Key)), StringComparer.Ordinal);
        _cipherLookup = _ciphers.GetAlternateLookup<ReadOnlySpan<char>>();
        _activeKeyId = activeKeyId;
        _blindIndexKey = blindIndexKey;
        _problem = problem;
        Fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('|', keys.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Key + "=" + Convert.ToBase64String(k.Value)))
            + "|active=" + activeKeyId + "|bi=" + (blindIndexKey is null ? string.Empty : Convert.ToBase64String(blindIndexKey)))))[..16];
    }

    /// <summary>The development protector: the built-in public keys (design time, Development, Demo, unit tests).</summary>
    public static PersonalDataProtector Development { get; } = Create(new PersonalDataOptions(), useDevelopmentKeys: true);

    /// <summary>Identifies the key set, so that each set gets its own EF model (the converters hold the protector).</summary>
    public string Fingerprint { get; }

    public string? ActiveKeyId => _activeKeyId;

    /// <summary>The start of every value encrypted with the active key.</summary>
    public string ActivePrefix => $"{Prefix}{_activeKeyId}:";

    /// <summary>What is wrong with the configuration (null when it can protect), naming the setting.</summary>
    public string? Problem => _problem;

    /// <summary>
    /// Reads <see cref="PersonalDataOptions"/>; without any key, <paramref name="useDevelopmentKeys"/> decides between
    /// the built-in development keys and a protector that refuses every use (production must set its own).
    /// </summary>
    public static PersonalDataProtector Create(PersonalDataOptions options, bool useDevelopmentKeys)
    {
        ArgumentNullException.ThrowIfNull(options);
        var encryption = options.Encryption;
        var keyTexts = new Dictionary<string, string>(encryption.Keys ?? [], StringComparer.Ordinal);
        var activeKeyId = encryption.ActiveKeyId;
        var blindIndexText = options.BlindIndex.Key;
        if (keyTexts.Count == 0 && useDevelopmentKeys)
        {
            keyTexts[DevelopmentKeyId] = DevelopmentKey;
            activeKeyId = DevelopmentKeyId;
        }

        if (string.IsNullOrWhiteSpace(blindIndexText) && useDevelopmentKeys)
        {
            blindIndexText = DevelopmentBlindIndexKey;
        }

        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (id, text) in keyTexts)
        {
            if (id.Length is 0 or > 16 || !id.All(char.IsAsciiLetterOrDigit))
            {
                problems.Add($"PersonalData:Encryption:Keys:{id} has an id that is not 1–16 letters or digits");
                continue;
            }

            if (Decode(text) is { Length: 32 } bytes)
            {
                keys[id] = bytes;
            }
            else
            {
                problems.Add($"PersonalData:Encryption:Keys:{id} is not the base64 of 32 bytes (openssl rand -base64 32)");
            }
        }

        if (keys.Count == 0 && problems.Count == 0)
        {
            problems.Add("PersonalData:Encryption:Keys is empty: resident IDs and phones cannot be encrypted; set PersonalData:Encryption:Keys:<id> to a base64 key of 32 bytes (openssl rand -base64 32) and PersonalData:Encryption:ActiveKeyId to that id");
        }
        else if (string.IsNullOrWhiteSpace(activeKeyId) || !keys.ContainsKey(activeKeyId))
        {
            problems.Add($"PersonalData:Encryption:ActiveKeyId ('{activeKeyId}') names none of PersonalData:Encryption:Keys; set it to the id of the key new values are encrypted with");
        }

        var blindIndexKey = Decode(blindIndexText);
        if (blindIndexKey is not { Length: >= 32 })
        {
            problems.Add("PersonalData:BlindIndex:Key is not the base64 of at least 32 bytes: the lookups by resident ID and phone need it; set it once (openssl rand -base64 32) and keep it, it cannot be rotated in place");
            blindIndexKey = null;
        }

        return new PersonalDataProtector(keys, activeKeyId, blindIndexKey, problems.Count == 0 ? null : string.Join("; ", problems) + ".");
    }

    /// <summary>True when the configuration uses a built-in development key (refused in production).</summary>
    public bool UsesDevelopmentKeys =>
        _keys.TryGetValue(_activeKeyId ?? string.Empty, out var active) && Convert.ToBase64String(active) == DevelopmentKey
        || (_blindIndexKey is not null && Convert.ToBase64String(_blindIndexKey) == DevelopmentBlindIndexKey);

    public static bool IsEncrypted(string? stored) => stored is not null && stored.StartsWith(Prefix, StringComparison.Ordinal);

    public static bool IsBlindIndex(string? stored) => stored is not null && stored.StartsWith(BlindIndexPrefix, StringComparison.Ordinal);

    /// <summary>Encrypts with the active key; an already encrypted value under the active key is returned as is.</summary>
    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ThrowIfUnusable();
        var cipher = _ciphers[_activeKeyId!];
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var buffer = new byte[NonceSize + plain.Length + TagSize];
        var nonce = buffer.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        cipher.Aes.Encrypt(nonce, plain, buffer.AsSpan(NonceSize, plain.Length), buffer.AsSpan(NonceSize + plain.Length, TagSize), cipher.AssociatedData);
        return ActivePrefix + Convert.ToBase64String(buffer);
    }

    /// <summary>
    /// Decrypts a stored value with the key its prefix names. A value without the prefix is legacy plaintext (a row
    /// written before encryption, not yet rewritten by the migration job) and is returned unchanged.
    /// </summary>
    public string Unprotect(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsEncrypted(stored))
        {
            return stored;
        }

        var end = stored.IndexOf(':', Prefix.Length);
        if (end < 0)
        {
            throw new CryptographicException("A stored personal value has no key id.");
        }

        // Spans, not substrings: every ID and phone read from the database passes here (an export of 100,000 rows, 300,000).
        var keyId = stored.AsSpan(Prefix.Length, end - Prefix.Length);
        if (!_cipherLookup.TryGetValue(keyId, out var cipher))
        {
            throw new CryptographicException(
                $"A stored personal value is encrypted with key '{keyId}', which PersonalData:Encryption:Keys no longer lists; add it back until the re-encryption job has moved every row.");
        }

        var encoded = stored.AsSpan(end + 1);
        var room = encoded.Length / 4 * 3;
        Span<byte> buffer = room <= 512 ? stackalloc byte[512] : new byte[room];
        if (!Convert.TryFromBase64Chars(encoded, buffer, out var written))
        {
            throw new CryptographicException("A stored personal value is not Base64.");
        }

        if (written < NonceSize + TagSize)
        {
            throw new CryptographicException("A stored personal value is too short.");
        }

        var length = written - NonceSize - TagSize;
        Span<byte> plain = length <= 256 ? stackalloc byte[length] : new byte[length];
        cipher.Aes.Decrypt(buffer[..NonceSize], buffer.Slice(NonceSize, length), buffer.Slice(NonceSize + length, TagSize), plain, cipher.AssociatedData);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>True when <paramref name="stored"/> is null or already encrypted with the active key.</summary>
    public bool IsCurrent(string? stored) => stored is null || stored.StartsWith(ActivePrefix, StringComparison.Ordinal);

    /// <summary>
    /// The blind index of a normalised value for one purpose (<c>resident-id</c>, <c>phone</c>): equal values give equal
    /// indexes, nothing about the value can be read back without the key. An index passed in is returned unchanged.
    /// </summary>
    public string BlindIndex(string purpose, string normalizedValue)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        ArgumentNullException.ThrowIfNull(normalizedValue);
        if (IsBlindIndex(normalizedValue))
        {
            return normalizedValue;
        }

        if (_blindIndexKey is null)
        {
            throw new InvalidOperationException(_problem);
        }

        var mac = HMACSHA256.HashData(_blindIndexKey, Encoding.UTF8.GetBytes(purpose + "\n" + normalizedValue));
        return BlindIndexPrefix + Convert.ToBase64String(mac);
    }

    private static byte[] AssociatedData(string keyId) => Encoding.ASCII.GetBytes(Prefix + keyId);

    /// <summary>
    /// A key's AES-GCM, one instance per thread (an instance is not thread-safe): making one per value cost a key schedule
    /// and a native context each time, which an export of 100,000 rows with three encrypted values paid 300,000 times.
    /// </summary>
    private sealed class Cipher(byte[] key, byte[] associatedData)
    {
        [ThreadStatic]
        private static Dictionary<Cipher, AesGcm>? t_instances;

        public byte[] AssociatedData { get; } = associatedData;

        public AesGcm Aes
        {
            get
            {
                var instances = t_instances ??= [];
                if (!instances.TryGetValue(this, out var aes))
                {
                    aes = new AesGcm(key, TagSize);
                    instances[this] = aes;
                }

                return aes;
            }
        }
    }

    private void ThrowIfUnusable()
    {
        if (_activeKeyId is null || !_keys.ContainsKey(_activeKeyId))
        {
            throw new InvalidOperationException(_problem ?? "PersonalData:Encryption is not configured.");
        }
    }

    private static byte[]? Decode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !Base64.IsValid(text))
        {
            return null;
        }

        return Convert.FromBase64String(text);
    }
}
