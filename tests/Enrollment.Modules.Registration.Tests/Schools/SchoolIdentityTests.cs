using Enrollment.Modules.Registration.Domain.Schools;

namespace Enrollment.Modules.Registration.Tests.Schools;

/// <summary>A school is the same across seasons by kind and name: what a reviewer's scope covers in a new season.</summary>
public class SchoolIdentityTests
{
    private static readonly Guid Last2023 = Guid.NewGuid();
    private static readonly Guid This2024 = Guid.NewGuid();
    private static readonly Guid OtherKind = Guid.NewGuid();
    private static readonly Guid OtherName = Guid.NewGuid();
    private static readonly Guid Spaced = Guid.NewGuid();

    private static readonly (Guid Id, SchoolKind Kind, string Name)[] Schools =
    [
        (Last2023, SchoolKind.Primary, "登封市实验小学"),
        (This2024, SchoolKind.Primary, "登封市实验小学"),
        (OtherKind, SchoolKind.Kindergarten, "登封市实验小学"),
        (OtherName, SchoolKind.Primary, "登封市第二实验小学"),
        (Spaced, SchoolKind.Primary, "登封市 实验小学　"),
    ];

    public static TheoryData<Guid, bool> Cases => new()
    {
        // a school of any season → covered by a scope of last season's 登封市实验小学
        { Last2023, true },
        { This2024, true },
        { Spaced, true },
        { OtherKind, false },
        { OtherName, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_scope_covers_the_same_school_in_every_season_and_no_other(Guid school, bool covered) =>
        Assert.Equal(covered, SchoolIdentity.SameSchools([Last2023], Schools).Contains(school));

    [Fact]
    public void A_scope_keeps_its_own_ids_even_for_a_school_since_deleted() =>
        Assert.Contains(Guid.Empty, SchoolIdentity.SameSchools([Guid.Empty], Schools));
}
