using System.Security.Cryptography;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Xunit;

namespace Enrollment.SecurityTests;

/// <summary>The protector of personal identifiers (ADR-0029): AES-GCM with the key id in each value, blind indexes, rotation.</summary>
public sealed class PersonalDataProtectorTests
{
    private static readonly string K1 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string K2 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string BlindKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static PersonalDataProtector With(string active, params (string Id, string Key)[] keys)
    {
        var options = new PersonalDataOptions();
        options.Encryption.ActiveKeyId = active;
        foreach (var (id, key) in keys)
        {
            options.Encryption.Keys[id] = key;
        }

        options.BlindIndex.Key = BlindKey;
        return PersonalDataProtector.Create(options, useDevelopmentKeys: false);
    }

    // The last one is longer than the stack buffers Unprotect decodes into (900 bytes of UTF-8).
    public static TheoryData<string> Values => new() { "410185201803050014", "13838012345", "豫(2023)登封市不动产权第0001234号", string.Empty, new string('张', 300) };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_is_stored_with_its_key_id_reads_back_and_never_shows_the_plaintext(string plaintext)
    {
        var protector = With("k1", ("k1", K1));

        var stored = protector.Protect(plaintext);

        Assert.StartsWith("v1:k1:", stored, StringComparison.Ordinal);
        if (plaintext.Length > 0)
        {
            Assert.DoesNotContain(plaintext, stored, StringComparison.Ordinal);
        }

        Assert.Equal(plaintext, protector.Unprotect(stored));
        Assert.NotEqual(stored, protector.Protect(plaintext)); // a fresh nonce each time
    }

    [Fact]
    public void After_a_rotation_old_values_read_and_new_ones_use_the_new_key()
    {
        var old = With("k1", ("k1", K1)).Protect("410185201803050014");
        var rotated = With("k2", ("k1", K1), ("k2", K2));

        Assert.Equal("410185201803050014", rotated.Unprotect(old));
        Assert.False(rotated.IsCurrent(old));
        Assert.StartsWith("v1:k2:", rotated.Protect("x"), StringComparison.Ordinal);
        Assert.True(rotated.IsCurrent(rotated.Protect("x")));
    }

    [Fact]
    public void A_value_of_a_key_no_longer_listed_is_an_error_naming_the_setting()
    {
        var old = With("k1", ("k1", K1)).Protect("410185201803050014");

        var error = Assert.Throws<CryptographicException>(() => With("k2", ("k2", K2)).Unprotect(old));
        Assert.Contains("PersonalData:Encryption:Keys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tampered_value_is_refused()
    {
        var protector = With("k1", ("k1", K1));
        var stored = protector.Protect("410185201803050014");
        var bytes = Convert.FromBase64String(stored["v1:k1:".Length..]);
        bytes[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("v1:k1:" + Convert.ToBase64String(bytes)));
    }

    [Theory]
    [InlineData("v1:k1:not base64!")]
    [InlineData("v1:k1:AAAA")] // Base64, shorter than a nonce and a tag
    [InlineData("v1:k1:")]
    public void A_damaged_value_is_refused_as_a_cryptographic_error(string stored)
    {
        Assert.Throws<CryptographicException>(() => With("k1", ("k1", K1)).Unprotect(stored));
    }

    [Fact]
    public void Legacy_plaintext_without_the_prefix_reads_as_it_is()
    {
        Assert.Equal("410185201803050014", With("k1", ("k1", K1)).Unprotect("410185201803050014"));
    }

    [Fact]
    public void Blind_indexes_are_equal_for_equal_values_differ_by_purpose_and_key_and_pass_an_index_through()
    {
        var protector = With("k1", ("k1", K1));
        var index = protector.BlindIndex(BlindIndexPurposes.ResidentId, "410185201803050014");

        Assert.StartsWith("bi1:", index, StringComparison.Ordinal);
        Assert.Equal(PersonalDataModel.BlindIndexLength, index.Length);
        Assert.Equal(index, protector.BlindIndex(BlindIndexPurposes.ResidentId, "410185201803050014"));
        Assert.Equal(index, With("k2", ("k2", K2)).BlindIndex(BlindIndexPurposes.ResidentId, "410185201803050014")); // encryption keys do not matter
        Assert.NotEqual(index, protector.BlindIndex(BlindIndexPurposes.Phone, "410185201803050014"));
        Assert.NotEqual(index, protector.BlindIndex(BlindIndexPurposes.ResidentId, "410185201803050022"));
        Assert.Equal(index, protector.BlindIndex(BlindIndexPurposes.ResidentId, index));
    }

    [Fact]
    public void Without_keys_outside_development_every_use_fails_naming_the_setting()
    {
        var protector = PersonalDataProtector.Create(new PersonalDataOptions(), useDevelopmentKeys: false);

        Assert.Contains("PersonalData:Encryption:Keys is empty", protector.Problem, StringComparison.Ordinal);
        Assert.Contains("PersonalData:Encryption:Keys", Assert.Throws<InvalidOperationException>(() => protector.Protect("x")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Development_falls_back_to_the_public_development_keys()
    {
        var protector = PersonalDataProtector.Create(new PersonalDataOptions(), useDevelopmentKeys: true);

        Assert.Null(protector.Problem);
        Assert.True(protector.UsesDevelopmentKeys);
        Assert.StartsWith("v1:dev:", protector.Protect("x"), StringComparison.Ordinal);
    }
}
