using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences.Certificates;
using Enrollment.Modules.Evidence.Domain.Evidences.Rules;

namespace Enrollment.Modules.Evidence.Tests;

/// <summary>Each certificate's format, from tables: what passes, what is refused and with which message.</summary>
public sealed class CertificateNumberTests
{
    public static TheoryData<CertificateFormat, string> Accepted() => new()
    {
        { CertificateFormat.RealEstateCertificate, "豫(2020)登封市不动产权第0001234号" },
        { CertificateFormat.RealEstateCertificate, "豫（2020）登封市不动产权第0001234号" }, // full-width brackets, as phones type them
        { CertificateFormat.RealEstateCertificate, " 豫(2018)郑州市不动产权第 0123456 号" }, // spaces dropped
        { CertificateFormat.RealEstateCertificate, "京(2016)朝阳区不动产权第0000001号" },
        { CertificateFormat.HouseOwnershipCertificate, "登房权证字第0012345号" },
        { CertificateFormat.HouseOwnershipCertificate, "郑房权证字第1201012345号" },
        { CertificateFormat.HouseOwnershipCertificate, "20080012345" },
        { CertificateFormat.LandUseCertificate, "登国用(2010)第0123号" },
        { CertificateFormat.LandUseCertificate, "郑集用（2005）第12号" },
        { CertificateFormat.LandUseCertificate, "登封市国用(2009)字第123号" },
        { CertificateFormat.OnlinePurchaseContract, "Y2023-0012345" },
        { CertificateFormat.OnlinePurchaseContract, "2023df0012345" }, // upper-cased when stored
        { CertificateFormat.ResidencePermit, "410185202300012345" },
        { CertificateFormat.ResidencePermit, "HN41018520230001" },
        { CertificateFormat.SocialInsurance, "11010519491231002X" }, // the resident ID, check digit right
        { CertificateFormat.SocialInsurance, "4101850012345678" }, // an older personal number
        { CertificateFormat.PreferentialCare, "豫优0012345" },
        { CertificateFormat.PreferentialCare, "JR-410185-001" },
        { CertificateFormat.RelocationAgreement, "DF-CQ-2021-0088" },
        { CertificateFormat.RelocationAgreement, "嵩阳拆字(2021)第88号" },
        { CertificateFormat.UtilityAccount, "0301234567" },
        { CertificateFormat.UtilityAccount, "RQ2020012345" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void A_number_of_the_certificates_format_passes(CertificateFormat format, string number)
    {
        Assert.Null(CertificateNumbers.Check(format, number));
        Assert.False(new CertificateNumberMustMatchFormatRule(format, number, "certificateNumber").IsBroken());
    }

    public static TheoryData<CertificateFormat, string?, string> Refused() => new()
    {
        { CertificateFormat.RealEstateCertificate, null, "请填写产权编号" },
        { CertificateFormat.RealEstateCertificate, "0001234", "产权编号：不动产权证号格式应为「省简称(年份)市县名称不动产权第7位数字号」，如：豫(2020)登封市不动产权第0001234号" },
        { CertificateFormat.RealEstateCertificate, "豫(2020)登封市不动产权第001234号", "产权编号：不动产权证号格式应为「省简称(年份)市县名称不动产权第7位数字号」，如：豫(2020)登封市不动产权第0001234号" }, // six digits
        { CertificateFormat.RealEstateCertificate, "X(2020)登封市不动产权第0001234号", "产权编号：不动产权证号格式应为「省简称(年份)市县名称不动产权第7位数字号」，如：豫(2020)登封市不动产权第0001234号" },
        { CertificateFormat.RealEstateCertificate, "豫(20)登封市不动产权第0001234号", "产权编号：不动产权证号格式应为「省简称(年份)市县名称不动产权第7位数字号」，如：豫(2020)登封市不动产权第0001234号" },
        { CertificateFormat.LandUseCertificate, "0123", "产权编号：土地使用证号格式应为「简称(年份)第…号」，如：登国用(2010)第0123号" },
        { CertificateFormat.HouseOwnershipCertificate, "房权证", "产权编号：应为4–40位" },
        { CertificateFormat.HouseOwnershipCertificate, "登房权证字第号码", "产权编号：至少应含4位数字" },
        { CertificateFormat.HouseOwnershipCertificate, "登房权证#0012345", "产权编号：只能由数字、字母、汉字、括号和“-”组成" },
        { CertificateFormat.OnlinePurchaseContract, "网签0012345", "产权编号：只能由数字、字母和“-”组成" },
        { CertificateFormat.ResidencePermit, "12345", "居住证号码：应为6–30位" },
        { CertificateFormat.ResidencePermit, "ABCDEFGH12", "居住证号码：至少应含6位数字" },
        { CertificateFormat.SocialInsurance, "110105194912310021", "社保编号：社会保障号码（身份证号）校验位错误，请核对是否填写有误" },
        { CertificateFormat.SocialInsurance, "SB12345", "社保编号：应为社会保障号码（即身份证号，18位）或6–20位数字的个人编号" },
        { CertificateFormat.PreferentialCare, "优抚证", "优抚证编号：应为4–30位" },
        { CertificateFormat.RelocationAgreement, "拆迁协议", "协议编号：至少应含1位数字" },
        { CertificateFormat.UtilityAccount, "户号1234", "户号：只能由数字、字母和“-”组成" },
        { CertificateFormat.UtilityAccount, "", "请填写户号" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_number_not_of_the_format_is_refused_with_its_chinese_message(CertificateFormat format, string? number, string message)
    {
        Assert.Equal(message, CertificateNumbers.Check(format, number));
        var rule = new CertificateNumberMustMatchFormatRule(format, number, "permitNumber");
        Assert.True(rule.IsBroken());
        Assert.Equal("evidence.certificate-number.invalid", rule.Code);
        Assert.Equal("permitNumber", rule.Field);
        Assert.Equal(message, rule.Message);
    }

    [Theory]
    [InlineData("豫（２０２０）登封市不动产权第０００１２３４号", "豫(2020)登封市不动产权第0001234号")]
    [InlineData(" y2023-0012345 ", "Y2023-0012345")]
    [InlineData("ＤＦ－ＣＱ　2021", "DF-CQ2021")]
    public void Numbers_are_stored_half_width_upper_case_without_spaces(string typed, string stored) =>
        Assert.Equal(stored, CertificateNumbers.Normalize(typed));

    [Theory]
    [InlineData(PropertyTitleType.HouseOwnershipCertificate, CertificateFormat.HouseOwnershipCertificate)]
    [InlineData(PropertyTitleType.RealEstateCertificate, CertificateFormat.RealEstateCertificate)]
    [InlineData(PropertyTitleType.LandUseCertificate, CertificateFormat.LandUseCertificate)]
    [InlineData(PropertyTitleType.OnlinePurchaseContract, CertificateFormat.OnlinePurchaseContract)]
    public void Each_property_title_type_has_its_format(PropertyTitleType titleType, CertificateFormat format) =>
        Assert.Equal(format, CertificateNumbers.Of(titleType));

    [Fact]
    public void The_aggregate_refuses_a_number_of_another_format_on_its_field()
    {
        var facts = new ApplicationFacts(false, true, "登封市2024年义务教育新生入学信息采集", new DateOnly(2024, 7, 1), "张伟", null);
        var details = new PropertyEvidence(ParentRole.Father, PropertyTitleType.RealEstateCertificate, "登房权证字第0012345号", new EvidenceAddress("410185001001", string.Empty, "中岳大街72号", "秀丽王府花园"));
        var exception = Assert.Throws<BusinessRuleValidationException>(() =>
            EligibilityEvidence.StartFor(Guid.NewGuid(), DateTimeOffset.UnixEpoch).Save(details, facts, AddressRegionVerdict.Valid("登封市"), DateTimeOffset.UnixEpoch));
        Assert.Equal("evidence.certificate-number.invalid", exception.Code);
        Assert.Equal("certificateNumber", exception.Error.Field);
    }

    [Theory]
    [InlineData("91512081MA62K0260E", false, null)]
    [InlineData("91512081MA62K0260F", true, "evidence.business-licence.check-digit")]
    [InlineData("9151208", true, "evidence.business-licence.invalid")]
    [InlineData(null, true, "evidence.business-licence.invalid")]
    public void The_business_licence_rule_is_broken_only_by_a_bad_code(string? licence, bool broken, string? code)
    {
        var rule = new BusinessLicenceMustBeValidRule(licence, "businessLicence");
        Assert.Equal(broken, rule.IsBroken());
        if (broken)
        {
            Assert.Equal(code, rule.Code);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evidence_is_started_once(bool alreadyStarted) =>
        Assert.Equal(alreadyStarted, new EvidenceMustBeStartedOnceRule(alreadyStarted).IsBroken());
}
