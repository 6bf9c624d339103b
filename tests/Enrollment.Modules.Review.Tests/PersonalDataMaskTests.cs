using Enrollment.Modules.Review.Domain.PersonalData;
using Enrollment.Modules.Review.Domain.Scopes;
using Enrollment.BuildingBlocks.Domain.PersonalData;

namespace Enrollment.Modules.Review.Tests;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("440524188001010014", "440524********0014")]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData(" 11010519491231002X ", "110105********002X")] // stored text is trimmed first
    [InlineData("410185080101012", "410185******012")] // an old 15-digit ID (yyMMdd inside) keeps only its last 3
    [InlineData("4101852", "*******")] // too short to keep 6 + 4: nothing shown
    [InlineData("1234567890", "**********")]
    [InlineData("12345678901", "123456*8901")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void Given_a_resident_id_Then_the_region_and_the_last_four_stay(string? stored, string? shown) =>
        Assert.Equal(shown, PersonalDataMask.ResidentId(stored));

    [Theory]
    [InlineData("13838012345", "138****2345")]
    [InlineData("19912345678", "199****5678")]
    [InlineData("1234567", "*******")]
    [InlineData("12345678", "123*5678")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void Given_a_mobile_Then_the_first_three_and_last_four_stay(string? stored, string? shown) =>
        Assert.Equal(shown, PersonalDataMask.Mobile(stored));

    [Theory]
    [InlineData("O410012345", "O*******45")]
    [InlineData("A12", "***")]
    [InlineData(null, null)]
    public void Given_a_certificate_number_Then_the_first_and_last_two_stay(string? stored, string? shown) =>
        Assert.Equal(shown, PersonalDataMask.CertificateNumber(stored));

    [Theory]
    [InlineData(Disclosure.Masked, "440524********0014", "138****2345", "中岳大街72号")]
    [InlineData(Disclosure.MaskedWithoutAddresses, "440524********0014", "138****2345", null)]
    [InlineData(Disclosure.Full, "440524188001010014", "13838012345", "中岳大街72号")]
    public void Given_a_disclosure_Then_identifiers_phones_and_addresses_follow_it(Disclosure disclosure, string residentId, string mobile, string? address)
    {
        Assert.Equal(residentId, Disclosed.ResidentId("440524188001010014", disclosure));
        Assert.Equal(mobile, Disclosed.Mobile("13838012345", disclosure));
        Assert.Equal(address, Disclosed.AddressDetail("中岳大街72号", disclosure));
    }

    [Theory]
    [InlineData(Disclosure.Masked, null)]
    [InlineData(Disclosure.MaskedWithoutAddresses, null)]
    [InlineData(Disclosure.Full, "2018-03-15")]
    public void Given_a_disclosure_Then_the_birth_date_is_whole_only_beside_an_unmasked_id(Disclosure disclosure, string? shown)
    {
        var birthDate = new DateOnly(2018, 3, 15);
        Assert.Equal(shown is null ? null : DateOnly.Parse(shown, System.Globalization.CultureInfo.InvariantCulture), Disclosed.BirthDate(birthDate, disclosure));
        Assert.Equal(2018, Disclosed.BirthYear(birthDate));
    }

    [Fact]
    public void Given_a_masked_value_Then_its_length_is_the_stored_length()
    {
        foreach (var length in Enumerable.Range(1, 30))
        {
            var value = new string('7', length);
            Assert.Equal(length, PersonalDataMask.ResidentId(value)!.Length);
            Assert.Equal(length, PersonalDataMask.Mobile(value)!.Length);
        }
    }
}

public sealed class ReviewScopeTests
{
    private static readonly Guid SchoolA = Guid.Parse("0192f1d4-7a00-7000-8000-0000000000a1");
    private static readonly Guid SchoolB = Guid.Parse("0192f1d4-7a00-7000-8000-0000000000b1");

    [Theory]
    [InlineData(ReviewerRole.DistrictAdmin)]
    [InlineData(ReviewerRole.Auditor)]
    public void Given_a_district_role_Then_every_school_is_in_scope(ReviewerRole role)
    {
        var scope = ReviewScope.For(role, [SchoolA]);
        Assert.True(scope.IsEverySchool);
        Assert.Null(scope.SchoolIds);
        Assert.True(scope.Covers(SchoolB));
    }

    [Fact]
    public void Given_a_school_reviewer_Then_only_their_schools_are_in_scope()
    {
        var scope = ReviewScope.For(ReviewerRole.SchoolReviewer, [SchoolA, SchoolA]);
        Assert.False(scope.IsEverySchool);
        Assert.Equal([SchoolA], scope.SchoolIds!);
        Assert.True(scope.Covers(SchoolA));
        Assert.False(scope.Covers(SchoolB));
    }

    [Fact]
    public void Given_a_school_reviewer_without_schools_Then_nothing_is_in_scope()
    {
        var scope = ReviewScope.For(ReviewerRole.SchoolReviewer, []);
        Assert.Empty(scope.SchoolIds!);
        Assert.False(scope.Covers(SchoolA));
    }

    [Fact]
    public void Scopes_with_the_same_schools_are_equal() =>
        Assert.Equal(ReviewScope.OnlySchools([SchoolA, SchoolB]), ReviewScope.OnlySchools([SchoolB, SchoolA]));
}
