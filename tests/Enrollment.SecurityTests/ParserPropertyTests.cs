using System.Globalization;
using System.Text;
using CsCheck;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Spreadsheets;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Regions.Application.Importing;
using Enrollment.Modules.Regions.Domain.Regions;
using Enrollment.Modules.Registration.Domain.Students;
using Xunit;

namespace Enrollment.SecurityTests;

/// <summary>
/// Property-based tests (CsCheck, ADR-0028) of the identifier parsers: valid inputs are generated with their check
/// character computed here (not by the code under test), then mutated — a character replaced, dropped, added, two
/// swapped, case and spaces changed — and each parser must never throw and must accept exactly what an independent
/// statement of the format (the oracle below) accepts. Arbitrary strings are thrown at them as well.
/// </summary>
public sealed class ParserPropertyTests
{
    private const long Iterations = 3_000;

    private static readonly int[] Provinces = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83];

    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // Characters a mutation brings in: digits, the letters that matter (X, x, I, O, S, Z), full-width digits,
    // Arabic-Indic digits (char.IsDigit but not ASCII), spaces of several kinds, control and odd characters.
    private const string Noise = "0123456789XxIiOoSsZzAa*＊０１９٣ \t\u3000\u00a0\u0000-.中/";

    // --- resident ID (GB 11643-1999) ---

    private static char ResidentIdCheck(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return "10X98765432"[sum % 11];
    }

    private static readonly Gen<string> ValidResidentId =
        Gen.Select(Gen.Int[0, Provinces.Length - 1], Gen.Int[0, 9999], Gen.Int[0, 60_000], Gen.Int[0, 999], (p, area, day, seq) =>
        {
            var birth = new DateOnly(1900, 1, 1).AddDays(day);
            var first17 = string.Create(CultureInfo.InvariantCulture, $"{Provinces[p]:D2}{area:D4}{birth:yyyyMMdd}{seq:D3}");
            return first17 + ResidentIdCheck(first17);
        });

    private static bool ResidentIdOracle(string input)
    {
        var text = input.Trim();
        if (text.Length != 18 || !text[..17].All(c => c is >= '0' and <= '9') || !(text[17] is (>= '0' and <= '9') or 'X' or 'x'))
        {
            return false;
        }

        return Provinces.Contains(int.Parse(text[..2], CultureInfo.InvariantCulture))
            && DateOnly.TryParseExact(text[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && char.ToUpperInvariant(text[17]) == ResidentIdCheck(text[..17]);
    }

    [Fact]
    public void Every_generated_resident_id_is_accepted_with_its_birth_date_and_gender()
    {
        ValidResidentId.Sample(id =>
        {
            var parsed = ResidentIdNumber.Parse(id);
            Assert.True(parsed.IsValid, id);
            Assert.Equal(id, parsed.Number!.Value);
            Assert.Equal(DateOnly.ParseExact(id[6..14], "yyyyMMdd", CultureInfo.InvariantCulture), parsed.Number.BirthDate);
            Assert.Equal((id[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female, parsed.Number.Gender);
        }, iter: Iterations);
    }

    [Fact]
    public void A_mutated_or_arbitrary_resident_id_never_throws_and_is_accepted_exactly_when_valid()
    {
        Gen.OneOf(Mutated(ValidResidentId), Mutated(Mutated(ValidResidentId)), Gen.String[0, 25], Gen.String[Noise + "0123456789"]).Sample(input =>
        {
            var parsed = ResidentIdNumber.Parse(input);
            Assert.Equal(ResidentIdOracle(input), parsed.IsValid);
            Assert.Equal(parsed.IsValid, parsed.Message is null);
        }, iter: Iterations * 3);
    }

    // --- 统一社会信用代码 (GB 32100-2015) ---

    private static char CreditCheck(string first17)
    {
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = first17.Select((c, i) => CreditAlphabet.IndexOf(c, StringComparison.Ordinal) * weights[i]).Sum();
        return CreditAlphabet[(31 - (sum % 31)) % 31];
    }

    private static readonly Gen<string> ValidCreditCode = Gen.Char[CreditAlphabet].Array[17, 17].Select(chars => new string(chars)).Select(first17 => first17 + CreditCheck(first17));

    private static bool CreditCodeOracle(string input)
    {
        var text = input.Trim();
        return text.Length == 18
            && text.All(c => CreditAlphabet.Contains(char.ToUpperInvariant(c), StringComparison.Ordinal))
            && char.ToUpperInvariant(text[17]) == CreditCheck(text[..17].ToUpperInvariant());
    }

    [Fact]
    public void A_generated_mutated_or_arbitrary_credit_code_never_throws_and_is_accepted_exactly_when_valid()
    {
        ValidCreditCode.Sample(code => Assert.Null(UnifiedSocialCreditCode.Check(code, out _)), iter: Iterations);
        Gen.OneOf(ValidCreditCode.Select(c => c.ToLowerInvariant()), Mutated(ValidCreditCode), Mutated(Mutated(ValidCreditCode)), Gen.String[0, 25]).Sample(input =>
        {
            var error = UnifiedSocialCreditCode.Check(input, out var code);
            Assert.Equal(CreditCodeOracle(input), error is null);
            Assert.Equal(error is null, code is not null);
            Assert.Equal(error is null, UnifiedSocialCreditCode.MessageOf(input) is null);
        }, iter: Iterations * 3);
    }

    // --- 出生医学证明编号 ---

    private static readonly Gen<string> ValidBirthCertificate =
        Gen.Select(Gen.Char['A', 'Z'], Gen.Bool, Digits(1, 19), (letter, lower, digits) => (lower ? char.ToLowerInvariant(letter) : letter) + digits);

    private static bool BirthCertificateOracle(string input)
    {
        var text = input.Trim();
        return text.Length == 0
            || (text.Length is >= 2 and <= 20 && char.IsAsciiLetter(text[0]) && text[1..].All(c => c is >= '0' and <= '9'));
    }

    [Fact]
    public void A_generated_mutated_or_arbitrary_birth_certificate_number_never_throws_and_is_accepted_exactly_when_valid()
    {
        Gen.OneOf(ValidBirthCertificate, Mutated(ValidBirthCertificate), Mutated(Mutated(ValidBirthCertificate)), Gen.String[0, 25]).Sample(input =>
        {
            var message = BirthCertificateNumber.ErrorOf(input);
            Assert.Equal(BirthCertificateOracle(input), message is null);
            if (message is null && !string.IsNullOrWhiteSpace(input))
            {
                Assert.Equal(input.Trim().ToUpperInvariant(), BirthCertificateNumber.Create(input, "birthCertificateNumber")!.Value);
            }
            else if (message is not null)
            {
                Assert.Equal("student.birth-certificate.invalid", Assert.Throws<BusinessRuleValidationException>(() => BirthCertificateNumber.Create(input, "birthCertificateNumber")).Code);
            }
        }, iter: Iterations * 3);
    }

    // --- 区划代码 ---

    private static readonly Gen<string> ValidRegionCode =
        Gen.Select(Gen.OneOf(Gen.Const(2), Gen.Const(4), Gen.Const(6), Gen.Const(9), Gen.Const(12)), Gen.Int[1, 99], Digits(10, 10), (length, province, rest) =>
            (province.ToString("D2", CultureInfo.InvariantCulture) + rest)[..length]);

    [Fact]
    public void A_generated_mutated_or_arbitrary_region_code_never_throws_and_is_accepted_exactly_when_valid()
    {
        Gen.OneOf(ValidRegionCode, Mutated(ValidRegionCode), Gen.String[0, 14], Gen.String[Noise]).Sample(input =>
        {
            var accepted = RegionCode.TryParse(input, out var code);
            var valid = input.Length is 2 or 4 or 6 or 9 or 12 && input.All(c => c is >= '0' and <= '9') && input.Any(c => c != '0');
            Assert.Equal(valid, accepted);
            if (valid)
            {
                Assert.Equal(long.Parse(input.PadRight(12, '0'), CultureInfo.InvariantCulture), code);
                Assert.StartsWith(input, RegionCode.Format(code), StringComparison.Ordinal);
            }
        }, iter: Iterations * 3);
    }

    private static Gen<string> Digits(int min, int max) => Gen.Char['0', '9'].Array[min, max].Select(chars => new string(chars));

    /// <summary>A valid value with one change: a character replaced, dropped, added or two swapped; case flipped; spaces around.</summary>
    private static Gen<string> Mutated(Gen<string> valid) =>
        Gen.Select(valid, Gen.Int[0, 6], Gen.Int[0, 100], Gen.Char[Noise], (text, kind, where, c) =>
        {
            var i = text.Length == 0 ? 0 : where % text.Length;
            return kind switch
            {
                0 when text.Length > 0 => text[..i] + c + text[(i + 1)..],
                1 when text.Length > 0 => text.Remove(i, 1),
                2 => text.Insert(i, c.ToString()),
                3 when text.Length > 1 && i < text.Length - 1 => text[..i] + text[i + 1] + text[i] + text[(i + 2)..],
                4 => text.ToLowerInvariant(),
                5 => " " + text + "\u3000",
                _ => text,
            };
        });
}
