using Enrollment.Modules.Review.Domain.PreChecks;
using Enrollment.Modules.Review.Domain.PreChecks.Checks;

namespace Enrollment.Modules.Review.Tests;

/// <summary>Each pre-check from a table of cases over <see cref="PreCheckFacts"/>.</summary>
public sealed class PreCheckTests
{
    private static readonly string ChildId = WithCheck("41018520180101001");
    private static readonly string FatherId = WithCheck("41018519880501001");
    private static readonly string MotherId = WithCheck("41018519900602002");

    private static string WithCheck(string first17) =>
        first17 + Enrollment.BuildingBlocks.Domain.Identifiers.ChineseIdentifiers.ResidentIdCheckCharacterOf(first17);

    private static PreCheckFacts Facts(
        DateOnly? birthDate = null,
        bool overAgeConfirmed = false,
        IReadOnlyList<IdentifierFact>? identifiers = null,
        IReadOnlyList<AddressFact>? addresses = null,
        IReadOnlyList<ParentFact>? parents = null,
        IReadOnlyList<EvidenceFact>? evidence = null,
        DateOnly? permitValidOn = null,
        SocialInsuranceFact? insurance = null,
        int sameChild = 0,
        IReadOnlyList<SiblingFact>? siblings = null) => new(
        birthDate ?? new DateOnly(2018, 1, 1),
        overAgeConfirmed,
        new DateOnly(2017, 9, 1),
        new DateOnly(2018, 8, 31),
        identifiers ?? [new("学生", "student", "residentId", ChildId), new("父亲", "guardians", "father.residentId", FatherId)],
        addresses ?? [new("户口簿登记地址", "household", "regionCode", "410185001001", true)],
        parents ?? [new("Father", "张伟", FatherId)],
        evidence ?? [],
        permitValidOn ?? new DateOnly(2024, 7, 1),
        insurance,
        sameChild,
        siblings ?? []);

    public static TheoryData<string, PreCheckOutcome, string?> IdCases => new()
    {
        // the father's ID as entered → outcome, the field at fault
        { FatherId, PreCheckOutcome.Passed, null },
        { FatherId[..17] + (FatherId[17] == '0' ? '1' : '0'), PreCheckOutcome.Failed, "father.residentId" },
        { FatherId[..17], PreCheckOutcome.Failed, "father.residentId" },
        { "41018519880501001A", PreCheckOutcome.Failed, "father.residentId" },
    };

    [Theory]
    [MemberData(nameof(IdCases))]
    public void Resident_id_check_digits(string fatherId, PreCheckOutcome outcome, string? field)
    {
        var result = new ResidentIdCheckDigitsCheck().Evaluate(Facts(identifiers: [new("学生", "student", "residentId", ChildId), new("父亲", "guardians", "father.residentId", fatherId)]));
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(field, result.Field);
        if (outcome == PreCheckOutcome.Failed)
        {
            Assert.Contains("父亲", result.Message, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, bool, PreCheckOutcome, string?> AgeCases => new()
    {
        // birth date, over-age confirmed → outcome, a word of the message (window 2017-09-01 … 2018-08-31)
        { "2017-09-01", false, PreCheckOutcome.Passed, null },
        { "2018-08-31", false, PreCheckOutcome.Passed, null },
        { "2018-09-01", false, PreCheckOutcome.Failed, "未到入学年龄" },
        { "2017-08-31", false, PreCheckOutcome.Failed, "超龄" },
        { "2016-03-01", true, PreCheckOutcome.Failed, "家长已确认超龄" },
    };

    [Theory]
    [MemberData(nameof(AgeCases))]
    public void Age_window(string birthDate, bool confirmed, PreCheckOutcome outcome, string? word)
    {
        var result = new AgeWindowCheck().Evaluate(Facts(birthDate: DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), overAgeConfirmed: confirmed));
        Assert.Equal(outcome, result.Outcome);
        if (word is not null)
        {
            Assert.Contains(word, result.Message, StringComparison.Ordinal);
        }
    }

    public static TheoryData<bool?, PreCheckOutcome, string?> RegionCases => new()
    {
        { true, PreCheckOutcome.Passed, null },
        { false, PreCheckOutcome.Failed, "未选到村/社区" },
        { null, PreCheckOutcome.Failed, "不存在" },
    };

    [Theory]
    [MemberData(nameof(RegionCases))]
    public void Region_depth(bool? lastLevel, PreCheckOutcome outcome, string? word)
    {
        var result = new RegionDepthCheck().Evaluate(Facts(addresses:
        [
            new("户口簿登记地址", "household", "regionCode", "410185001001", true),
            new("父亲户口簿地址", "guardians", "father.regionCode", "410185001000", lastLevel),
        ]));
        Assert.Equal(outcome, result.Outcome);
        if (word is not null)
        {
            Assert.Contains(word, result.Message, StringComparison.Ordinal);
            Assert.Equal("father.regionCode", result.Field);
        }
    }

    public static TheoryData<string?, string?, PreCheckOutcome, string?> HolderCases => new()
    {
        // the page's named parent, the account holder's name → outcome, the page at fault (parents: 张伟 the father only)
        { "Father", null, PreCheckOutcome.Passed, null },
        { "Mother", null, PreCheckOutcome.Failed, "property" },
        { "Father", "张伟", PreCheckOutcome.Passed, null },
        { "Father", "李娜", PreCheckOutcome.Failed, "property" },
        { null, null, PreCheckOutcome.Passed, null },
    };

    [Theory]
    [MemberData(nameof(HolderCases))]
    public void Holders_are_parents(string? namedParent, string? accountHolder, PreCheckOutcome outcome, string? page)
    {
        var result = new HoldersAreParentsCheck().Evaluate(Facts(evidence: [new("property", "房产信息", namedParent, null, accountHolder)]));
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(page, result.Page);
    }

    [Fact]
    public void Holders_are_parents_is_not_applicable_without_evidence() =>
        Assert.Equal(PreCheckOutcome.NotApplicable, new HoldersAreParentsCheck().Evaluate(Facts()).Outcome);

    public static TheoryData<string?, PreCheckOutcome> PermitCases => new()
    {
        // valid until → outcome (the season's day is 2024-07-01)
        { null, PreCheckOutcome.NotApplicable },
        { "2024-07-01", PreCheckOutcome.Passed },
        { "2025-12-31", PreCheckOutcome.Passed },
        { "2024-06-30", PreCheckOutcome.Failed },
    };

    [Theory]
    [MemberData(nameof(PermitCases))]
    public void Residence_permit_validity_on_the_season_s_day(string? validUntil, PreCheckOutcome outcome)
    {
        IReadOnlyList<EvidenceFact> evidence = validUntil is null
            ? []
            : [new("residence-permit", "居住证信息", "Father", DateOnly.Parse(validUntil, System.Globalization.CultureInfo.InvariantCulture), null)];
        var result = new ResidencePermitValidityCheck().Evaluate(Facts(evidence: evidence));
        Assert.Equal(outcome, result.Outcome);
    }

    public static TheoryData<bool, PreCheckOutcome?, PreCheckOutcome> InsuranceCases => new()
    {
        // employment page saved, the Evidence module's outcome (null: none yet) → outcome
        { false, null, PreCheckOutcome.NotApplicable },
        { true, null, PreCheckOutcome.NotChecked },
        { true, PreCheckOutcome.Passed, PreCheckOutcome.Passed },
        { true, PreCheckOutcome.Failed, PreCheckOutcome.Failed },
        { true, PreCheckOutcome.NotChecked, PreCheckOutcome.NotChecked },
    };

    [Theory]
    [MemberData(nameof(InsuranceCases))]
    public void Social_insurance(bool employment, PreCheckOutcome? checkedOutcome, PreCheckOutcome outcome)
    {
        IReadOnlyList<EvidenceFact> evidence = employment ? [new("employment", "务工信息", "Father", null, null)] : [new("property", "房产信息", "Father", null, null)];
        var insurance = checkedOutcome is { } o ? new SocialInsuranceFact(o, o == PreCheckOutcome.Failed ? "2024年3月未缴纳" : null) : null;
        Assert.Equal(outcome, new SocialInsuranceCheck().Evaluate(Facts(evidence: evidence, insurance: insurance)).Outcome);
    }

    [Theory]
    [InlineData("employment", "socialInsuranceNumber")]
    [InlineData("business", "parent")]
    public void A_failed_social_insurance_check_points_at_a_field_of_its_own_page(string kind, string field)
    {
        var result = new SocialInsuranceCheck().Evaluate(Facts(
            evidence: [new(kind, kind == "employment" ? "务工信息" : "经商信息", "Father", null, null)],
            insurance: new SocialInsuranceFact(PreCheckOutcome.Failed, "2024年3月未缴纳")));
        Assert.Equal(PreCheckOutcome.Failed, result.Outcome);
        Assert.Equal(kind, result.Page);
        Assert.Equal(field, result.Field);
    }

    [Fact]
    public void Social_insurance_applies_to_a_business_page_too() =>
        Assert.Equal(PreCheckOutcome.NotChecked, new SocialInsuranceCheck().Evaluate(Facts(evidence: [new("business", "经商信息", "Mother", null, null)])).Outcome);

    [Theory]
    [InlineData(0, PreCheckOutcome.Passed)]
    [InlineData(1, PreCheckOutcome.Failed)]
    public void Same_child_in_the_season(int others, PreCheckOutcome outcome) =>
        Assert.Equal(outcome, new SameChildInSeasonCheck().Evaluate(Facts(sameChild: others)).Outcome);

    [Fact]
    public void Siblings_are_a_notice_naming_them()
    {
        Assert.Equal(PreCheckOutcome.Passed, new SiblingsCheck().Evaluate(Facts()).Outcome);
        var result = new SiblingsCheck().Evaluate(Facts(siblings: [new(Guid.NewGuid(), "张小红", "审核中")]));
        Assert.Equal(PreCheckOutcome.Notice, result.Outcome);
        Assert.True(result.Passed);
        Assert.Contains("张小红（审核中）", result.Message, StringComparison.Ordinal);
    }

    public static TheoryData<PreCheckOutcome[], PreCheckOutcome> OverallCases => new()
    {
        { new[] { PreCheckOutcome.Passed, PreCheckOutcome.NotApplicable, PreCheckOutcome.Notice }, PreCheckOutcome.Passed },
        { new[] { PreCheckOutcome.Passed, PreCheckOutcome.NotChecked }, PreCheckOutcome.NotChecked },
        { new[] { PreCheckOutcome.NotChecked, PreCheckOutcome.Failed }, PreCheckOutcome.Failed },
    };

    [Theory]
    [MemberData(nameof(OverallCases))]
    public void The_overall_outcome_is_the_worst(PreCheckOutcome[] outcomes, PreCheckOutcome overall) =>
        Assert.Equal(overall, PreCheckSuite.Overall(outcomes.Select(o => new PreCheckResult("x", "x", o))));

    [Fact]
    public void The_suite_runs_every_check_in_order()
    {
        Assert.Equal(
            ["resident-ids", "age-window", "region-depth", "holders-are-parents", "residence-permit-valid", "social-insurance", "same-child", "siblings"],
            PreCheckSuite.Run(Facts()).Select(r => r.Code));
    }
}
