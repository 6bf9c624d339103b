using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences.Events;

namespace Enrollment.Modules.Evidence.Tests;

public sealed class EligibilityEvidenceTests
{
    private static readonly DateTimeOffset Now = new(2024, 7, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly PermitDate = new(2024, 7, 1);
    private static readonly Guid ApplicationId = Guid.Parse("0192f1d4-7a00-7000-8000-000000000001");

    private static readonly ApplicationFacts FatherOnly = new(false, true, "登封市2024年义务教育新生入学信息采集", PermitDate, "张伟", null);
    private static readonly ApplicationFacts BothParents = FatherOnly with { MotherName = "李娜" };
    private static readonly AddressRegionVerdict Village = AddressRegionVerdict.Valid("河南省郑州市登封市嵩阳街道嵩溪园居委会");
    private static readonly EvidenceAddress Address = new("410185001001", string.Empty, "中岳大街72号", "秀丽王府花园");

    private static EligibilityEvidence New() => EligibilityEvidence.StartFor(ApplicationId, Now);

    private static BusinessRuleValidationException Refused(Action action) => Assert.Throws<BusinessRuleValidationException>(action);

    public static TheoryData<EvidenceDetails, string, string> HoldersOfEveryKind() => new()
    {
        { new PropertyEvidence(ParentRole.Mother, PropertyTitleType.RealEstateCertificate, "豫(2020)登封市不动产权第0001234号", Address), "holder", "产权人须为学生父母：学生父母信息中未填写母亲的信息，请先填写" },
        { new ResidencePermitEvidence(ParentRole.Mother, "410185202300012345", Address, new DateOnly(2030, 1, 1)), "holder", "持证人须为学生父母：学生父母信息中未填写母亲的信息，请先填写" },
        { new EmploymentEvidence(ParentRole.Mother, "某公司", Address, "4101850012345678"), "parent", "务工人须为学生父母：学生父母信息中未填写母亲的信息，请先填写" },
        { new BusinessEvidence(ParentRole.Mother, UnifiedSocialCreditCode.Create("91512081MA62K0260E", "businessLicence"), Address), "parent", "经营者须为学生父母：学生父母信息中未填写母亲的信息，请先填写" },
        { new PreferentialCareEvidence(ParentRole.Mother, "豫优0012345", Address), "recipient", "优抚对象须为学生父母：学生父母信息中未填写母亲的信息，请先填写" },
        { new LongTermResidenceEvidence(ParentRole.Mother, UtilityType.Water, "0301234567", "李娜", Address), "owner", "户主须为学生父母：学生父母信息中未填写母亲的信息，请先填写" },
    };

    [Theory]
    [MemberData(nameof(HoldersOfEveryKind))]
    public void The_named_parent_must_be_on_the_guardians_page(EvidenceDetails details, string field, string message)
    {
        var refused = Refused(() => New().Save(details, FatherOnly, Village, Now));
        Assert.Equal("evidence.holder.not-guardian", refused.Code);
        Assert.Equal(field, refused.Error.Field);
        Assert.Equal(message, refused.Message);
        Assert.Equal(RuleKind.Unprocessable, refused.Error.Kind);

        var evidence = New();
        evidence.Save(details, BothParents, Village, Now);
        Assert.NotNull(evidence.PageOf(details.Kind)!.Details);
    }

    [Theory]
    [InlineData("410185001001", true)] // 登封市, a community: local hukou
    [InlineData("410185100201", true)] // 登封市, a village
    [InlineData("410102001000", false)] // 郑州市中原区: elsewhere
    [InlineData("410184001000", false)] // 新郑市: a neighbouring county, not a prefix of 410185
    [InlineData(null, false)] // no region known: nothing to refuse on
    public void A_residence_permit_is_for_a_parent_whose_hukou_is_elsewhere(string? fatherHukou, bool refused)
    {
        var facts = FatherOnly with { HomeCountyCode = "410185", FatherHukouRegionCode = fatherHukou };
        var permit = new ResidencePermitEvidence(ParentRole.Father, "410185202300012345", Address, new DateOnly(2030, 1, 1));
        var evidence = New();
        if (refused)
        {
            var exception = Refused(() => evidence.Save(permit, facts, Village, Now));
            Assert.Equal("evidence.residence-permit.local-hukou", exception.Code);
            Assert.Equal("holder", exception.Error.Field);
            Assert.Equal("持证人：户籍在本地的家长无须填写居住证信息，请点击「无此信息跳过」", exception.Message);
        }
        else
        {
            evidence.Save(permit, facts, Village, Now);
            Assert.NotNull(evidence.PageOf(EvidenceKind.ResidencePermit)!.Details);
        }
    }

    [Theory]
    [InlineData("2024-07-01", false)]
    [InlineData("2024-07-02", false)]
    [InlineData("2030-12-31", false)]
    [InlineData("2024-06-30", true)]
    [InlineData("2020-01-01", true)]
    public void A_permit_must_be_valid_on_the_policy_date(string validUntil, bool refused)
    {
        var permit = new ResidencePermitEvidence(ParentRole.Father, "410185202300012345", Address, DateOnly.Parse(validUntil, System.Globalization.CultureInfo.InvariantCulture));
        var evidence = New();
        if (refused)
        {
            var exception = Refused(() => evidence.Save(permit, FatherOnly, Village, Now));
            Assert.Equal("evidence.residence-permit.expired", exception.Code);
            Assert.Equal("validUntil", exception.Error.Field);
            Assert.Equal("有效期限：居住证须在2024年7月1日仍在有效期内", exception.Message);
        }
        else
        {
            evidence.Save(permit, FatherOnly, Village, Now);
            Assert.Equal(permit.ValidUntil, ((ResidencePermitEvidence)evidence.PageOf(EvidenceKind.ResidencePermit)!.Details!).ValidUntil);
        }
    }

    [Theory]
    [InlineData("张伟", false)]
    [InlineData("李娜", false)]
    [InlineData("王五", true)]
    [InlineData("张 伟", true)]
    public void The_account_holder_must_be_a_parent(string holder, bool refused)
    {
        var residence = new LongTermResidenceEvidence(ParentRole.Father, UtilityType.Gas, "0301234567", holder, Address);
        if (refused)
        {
            var exception = Refused(() => New().Save(residence, BothParents, Village, Now));
            Assert.Equal("evidence.account-holder.not-guardian", exception.Code);
            Assert.Equal("accountHolderName", exception.Error.Field);
            Assert.Equal("户主姓名须为学生父亲或母亲的姓名", exception.Message);
        }
        else
        {
            New().Save(residence, BothParents, Village, Now);
        }
    }

    [Fact]
    public void The_relocated_person_need_not_be_a_parent_but_their_id_must_check()
    {
        New().Save(new RelocationEvidence("张建国", "11010519491231002X", "DF-CQ-2021-0088", Address), FatherOnly, Village, Now);
        var refused = Refused(() => New().Save(new RelocationEvidence("张建国", "110105194912310021", "DF-CQ-2021-0088", Address), FatherOnly, Village, Now));
        Assert.Equal("evidence.relocation.resident-id.invalid", refused.Code);
        Assert.Equal("被拆迁人身份证号：身份证号校验位错误，请核对是否填写有误", refused.Message);
    }

    [Theory]
    [InlineData("region.too-shallow", "地址请选择到村（社区）居委会")]
    [InlineData("region.unknown", "请选择有效的地址")]
    public void The_address_region_must_reach_the_last_level(string code, string message)
    {
        var verdict = new AddressRegionVerdict(false, code, message, null);
        var refused = Refused(() => New().Save(new PreferentialCareEvidence(ParentRole.Father, "豫优0012345", Address), FatherOnly, verdict, Now));
        Assert.Equal(code, refused.Code);
        Assert.Equal(message, refused.Message);
        Assert.Equal("regionCode", refused.Error.Field);
    }

    [Fact]
    public void A_locked_application_refuses_saves_and_skips_with_a_conflict()
    {
        var locked = FatherOnly with { Locked = true };
        var save = Refused(() => New().Save(new PreferentialCareEvidence(ParentRole.Father, "豫优0012345", Address), locked, Village, Now));
        Assert.Equal("application.locked", save.Code);
        Assert.Equal(RuleKind.Conflict, save.Error.Kind);
        Assert.Equal("信息已审核通过（已提交），不能再修改或删除", save.Message);
        Assert.Equal("application.locked", Refused(() => New().Skip(EvidenceKind.Business, locked, Now)).Code);
    }

    [Fact]
    public void A_closed_season_refuses_changes()
    {
        var closed = FatherOnly with { SeasonOpen = false };
        var refused = Refused(() => New().Skip(EvidenceKind.Business, closed, Now));
        Assert.Equal("season.closed", refused.Code);
        Assert.Equal("登封市2024年义务教育新生入学信息采集已结束", refused.Message);
    }

    [Fact]
    public void A_save_replaces_a_skip_and_a_skip_replaces_a_save()
    {
        var evidence = New();
        evidence.Skip(EvidenceKind.Property, FatherOnly, Now);
        var page = evidence.PageOf(EvidenceKind.Property)!;
        Assert.True(page.IsSkipped);
        Assert.Equal(Now, page.SkippedAt);
        Assert.Null(page.Details);

        var later = Now.AddMinutes(5);
        var property = new PropertyEvidence(ParentRole.Father, PropertyTitleType.HouseOwnershipCertificate, "登房权证字第0012345号", Address);
        evidence.Save(property, FatherOnly, Village, later);
        Assert.False(page.IsSkipped);
        Assert.Null(page.SkippedAt);
        Assert.Equal("河南省郑州市登封市嵩阳街道嵩溪园居委会", page.Details!.Address.RegionName);
        Assert.Equal(later, page.UpdatedAt);

        evidence.Skip(EvidenceKind.Property, FatherOnly, later.AddMinutes(1));
        Assert.True(page.IsSkipped);
        Assert.Null(page.Details);
        Assert.Single(evidence.Pages);
        Assert.Equal(3, evidence.Version);
    }

    [Fact]
    public void Every_change_raises_an_event_naming_the_kind_and_whether_it_was_a_skip()
    {
        var evidence = New();
        evidence.Save(new EmploymentEvidence(ParentRole.Father, "某公司", Address, "4101850012345678"), FatherOnly, Village, Now);
        evidence.Skip(EvidenceKind.Business, FatherOnly, Now);
        Assert.Equal(
            [new EvidencePageChanged(ApplicationId, EvidenceKind.Employment, false, Now), new EvidencePageChanged(ApplicationId, EvidenceKind.Business, true, Now)],
            evidence.DomainEvents.Cast<EvidencePageChanged>().ToArray());
    }

    [Theory]
    [InlineData(EvidenceKind.Property, "property", "房产信息")]
    [InlineData(EvidenceKind.ResidencePermit, "residence-permit", "居住证信息")]
    [InlineData(EvidenceKind.Employment, "employment", "务工信息")]
    [InlineData(EvidenceKind.Business, "business", "经商信息")]
    [InlineData(EvidenceKind.PreferentialCare, "preferential-care", "政策（优抚）照顾信息")]
    [InlineData(EvidenceKind.Relocation, "relocation", "拆迁安置协议信息")]
    [InlineData(EvidenceKind.LongTermResidence, "long-term-residence", "长期居住信息")]
    public void Kinds_have_a_path_name_and_a_page_title(EvidenceKind kind, string slug, string title)
    {
        Assert.Equal(slug, kind.Slug());
        Assert.Equal(kind, EvidenceKinds.FromSlug(slug));
        Assert.Equal(title, kind.PageName());
    }

    [Theory]
    [InlineData("pets")]
    [InlineData("Property")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_kinds_are_none(string? slug) => Assert.Null(EvidenceKinds.FromSlug(slug));
}
