using Enrollment.Modules.Evidence.Application.Evidences.SaveEvidence;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Infrastructure.Persistence.Configurations;

namespace Enrollment.Modules.Evidence.Tests;

public sealed class SaveEvidenceValidationTests
{
    private static readonly Guid Parent = Guid.NewGuid();
    private static readonly Guid Application = Guid.NewGuid();

    private static Dictionary<string, string[]> Errors(EvidenceInput? input) =>
        new SaveEvidenceCommandValidator().Validate(new SaveEvidenceCommand(Parent, Application, input)).Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());

    public static TheoryData<EvidenceInput> ValidInputs() => new()
    {
        new PropertyEvidenceInput("Father", "OnlinePurchaseContract", "WQ-2023-0012345", "410185001001", "中岳大街72号", "秀丽王府花园"),
        new ResidencePermitEvidenceInput("Mother", "410185202300012345", "410185001001", "少林大道88号", new DateOnly(2030, 1, 1)),
        new EmploymentEvidenceInput("Father", "某公司", "410185001001", "中岳大街100号", "4101850012345678"),
        new BusinessEvidenceInput("Father", "9131000063159284xq", "410185001001", "中岳大街66号"),
        new PreferentialCareEvidenceInput("Father", "豫优0012345", "410185001001", "中岳大街72号", "秀丽王府花园"),
        new RelocationEvidenceInput("张建国", "11010519491231002x", "DF-CQ-2021-0088", "410185001001", "安置小区5号楼", "嵩阳安置小区"),
        new LongTermResidenceEvidenceInput("Mother", "Gas", "0301234567", "李娜", "410185001001", "中岳大街72号", "秀丽王府花园"),
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public void Complete_pages_pass(EvidenceInput input) => Assert.Empty(Errors(input));

    [Fact]
    public void An_empty_body_is_refused() => Assert.Equal(["请填写本页信息"], Errors(null)["Input"]);

    [Theory]
    [InlineData("Father", null)]
    [InlineData("Mother", null)]
    [InlineData("父亲", "产权人：请选择父亲或母亲")]
    [InlineData("father", "产权人：请选择父亲或母亲")]
    [InlineData("0", "产权人：请选择父亲或母亲")]
    [InlineData(null, "产权人：请选择父亲或母亲")]
    public void The_holder_is_father_or_mother(string? holder, string? message)
    {
        var errors = Errors(new PropertyEvidenceInput(holder, "RealEstateCertificate", "1", "410185001001", "中岳大街72号", "小区"));
        Assert.Equal(message, errors.TryGetValue("Holder", out var found) ? found.Single() : null);
    }

    [Fact]
    public void Every_missing_field_has_its_chinese_message_under_the_pages_own_name()
    {
        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["Holder"] = ["产权人：请选择父亲或母亲"],
                ["TitleType"] = ["请选择产权类型（房产证、不动产权证、土地使用证、网签购房合同）"],
                ["CertificateNumber"] = ["请填写产权编号"],
                ["RegionCode"] = ["请选择房产登记地址所在地区"],
                ["AddressDetail"] = ["请填写房产登记地址"],
                ["Community"] = ["请填写所属小区"],
            },
            Errors(new PropertyEvidenceInput(null, null, null, null, null, null)));
        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["Holder"] = ["持证人：请选择父亲或母亲"],
                ["PermitNumber"] = ["请填写居住证号码"],
                ["RegionCode"] = ["请选择居住地址所在地区"],
                ["AddressDetail"] = ["请填写居住地址"],
                ["ValidUntil"] = ["请填写居住证有效期限"],
            },
            Errors(new ResidencePermitEvidenceInput(null, null, null, null, null)));
        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["Parent"] = ["务工人：请选择父亲或母亲"],
                ["Employer"] = ["请填写工作单位"],
                ["RegionCode"] = ["请选择单位地址所在地区"],
                ["AddressDetail"] = ["请填写单位地址"],
                ["SocialInsuranceNumber"] = ["请填写社保编号"],
            },
            Errors(new EmploymentEvidenceInput(null, null, null, null, null)));
        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["Parent"] = ["经营者：请选择父亲或母亲"],
                ["BusinessLicence"] = ["营业执照：请填写统一社会信用代码"],
                ["RegionCode"] = ["请选择经营地址所在地区"],
                ["AddressDetail"] = ["请填写经营地址"],
            },
            Errors(new BusinessEvidenceInput(null, null, null, null)));
        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["Recipient"] = ["优抚对象：请选择父亲或母亲"],
                ["CertificateNumber"] = ["请填写优抚证编号"],
                ["RegionCode"] = ["请选择居住地址所在地区"],
                ["AddressDetail"] = ["请填写居住地址"],
                ["Community"] = ["请填写所属小区"],
            },
            Errors(new PreferentialCareEvidenceInput(null, null, null, null, null)));
        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["RelocatedPersonName"] = ["请填写被拆迁人姓名"],
                ["RelocatedPersonResidentId"] = ["被拆迁人身份证号：请填写身份证号"],
                ["AgreementNumber"] = ["请填写协议编号"],
                ["RegionCode"] = ["请选择居住地址所在地区"],
                ["AddressDetail"] = ["请填写居住地址"],
                ["Community"] = ["请填写所属小区"],
            },
            Errors(new RelocationEvidenceInput(null, null, null, null, null, null)));
        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["Owner"] = ["户主：请选择父亲或母亲"],
                ["PaymentType"] = ["请选择缴费类型（水、电、燃气）"],
                ["AccountNumber"] = ["请填写户号"],
                ["AccountHolderName"] = ["请填写户名"],
                ["RegionCode"] = ["请选择居住地址所在地区"],
                ["AddressDetail"] = ["请填写居住地址"],
                ["Community"] = ["请填写所属小区"],
            },
            Errors(new LongTermResidenceEvidenceInput(null, null, null, null, null, null, null)));
    }

    [Theory]
    [InlineData("91512081MA62K0260F", "营业执照：统一社会信用代码校验位错误，请核对是否填写有误")]
    [InlineData("91512081MA62K026", "营业执照：统一社会信用代码应为18位")]
    public void A_bad_business_licence_is_named_on_its_field(string licence, string message) =>
        Assert.Equal([message], Errors(new BusinessEvidenceInput("Father", licence, "410185001001", "中岳大街66号"))["BusinessLicence"]);

    [Fact]
    public void Long_text_is_refused()
    {
        var errors = Errors(new EmploymentEvidenceInput("Father", new string('工', 101), "410185001001", new string('路', 101), "4101850012345678"));
        Assert.Equal(["工作单位不能超过100个字"], errors["Employer"]);
        Assert.Equal(["单位地址不能超过100个字"], errors["AddressDetail"]);
    }
}

public sealed class EvidenceStorageTests
{
    private static readonly EvidenceAddress Address = new("410185001001", "河南省郑州市登封市嵩阳街道嵩溪园居委会", "中岳大街72号", "秀丽王府花园");

    public static TheoryData<EvidenceDetails> EveryKind() => new()
    {
        new PropertyEvidence(ParentRole.Father, PropertyTitleType.LandUseCertificate, "登国用(2010)第0123号", Address),
        new ResidencePermitEvidence(ParentRole.Mother, "410185202300012345", Address with { Community = null }, new DateOnly(2030, 1, 1)),
        new EmploymentEvidence(ParentRole.Father, "某公司", Address, "4101850012345678"),
        new BusinessEvidence(ParentRole.Father, UnifiedSocialCreditCode.Create("91512081MA62K0260E", "businessLicence"), Address),
        new PreferentialCareEvidence(ParentRole.Father, "豫优0012345", Address),
        new RelocationEvidence("张建国", "11010519491231002X", "DF-CQ-2021-0088", Address),
        new LongTermResidenceEvidence(ParentRole.Mother, UtilityType.Electricity, "0301234567", "李娜", Address),
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_kind_round_trips_through_its_json_column(EvidenceDetails details)
    {
        var json = EvidenceDetailsJson.Serialize(details);
        Assert.Contains($"\"$kind\":\"{details.Kind}\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("namedParent", json, StringComparison.Ordinal);
        Assert.Equal(details, EvidenceDetailsJson.Deserialize(json));
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_kind_is_stored_encrypted_and_reads_back(EvidenceDetails details)
    {
        var converter = EvidenceDetailsJson.Encrypted(Enrollment.BuildingBlocks.Infrastructure.PersonalData.PersonalDataProtector.Development);
        var stored = (string)converter.ConvertToProvider(details)!;
        Assert.StartsWith("v1:dev:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("$kind", stored, StringComparison.Ordinal);
        Assert.Equal(details, converter.ConvertFromProvider(stored));

        // A row written before encryption (plain JSON) still reads.
        Assert.Equal(details, converter.ConvertFromProvider(EvidenceDetailsJson.Serialize(details)));
    }

    [Fact]
    public void Enumerations_are_stored_by_name()
    {
        var json = EvidenceDetailsJson.Serialize(new LongTermResidenceEvidence(ParentRole.Mother, UtilityType.Gas, "0301234567", "李娜", Address));
        Assert.Contains("\"owner\":\"Mother\"", json, StringComparison.Ordinal);
        Assert.Contains("\"paymentType\":\"Gas\"", json, StringComparison.Ordinal);
    }
}
