using System.Globalization;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences.Certificates;

namespace Enrollment.Modules.Evidence.Application.Evidences.SaveEvidence;

/// <summary>
/// One evidence page as typed (the request body of <c>PUT /api/v1/applications/{id}/evidence/{kind}</c>).
/// Enumerations come as strings (<c>Father</c>/<c>Mother</c>, ...); the validator answers in Chinese per field.
/// </summary>
public abstract record EvidenceInput(string? RegionCode, string? AddressDetail)
{
    public abstract EvidenceKind Kind { get; }

    /// <summary>The typed evidence; only called once the validator has passed.</summary>
    internal abstract EvidenceDetails ToDetails();

    internal virtual string? CommunityName => null;

    internal EvidenceAddress Address() => new(RegionCode!.Trim(), string.Empty, AddressDetail!.Trim(), string.IsNullOrWhiteSpace(CommunityName) ? null : CommunityName.Trim());

    internal static TEnum ParseEnum<TEnum>(string? value)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(value!.Trim(), ignoreCase: false);

    internal static bool IsEnum<TEnum>(string? value)
        where TEnum : struct, Enum =>
        value is not null && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        && Enum.TryParse<TEnum>(value.Trim(), ignoreCase: false, out var parsed) && Enum.IsDefined(parsed);
}

/// <param name="Holder">产权人: `Father` or `Mother`.</param>
/// <param name="TitleType">产权类型: `HouseOwnershipCertificate` 房产证, `RealEstateCertificate` 不动产权证, `LandUseCertificate` 土地使用证, `OnlinePurchaseContract` 网签购房合同.</param>
/// <param name="CertificateNumber">产权编号.</param>
/// <param name="RegionCode">房产登记地址 region, 12 digits, to the last level.</param>
/// <param name="AddressDetail">The rest of the address.</param>
/// <param name="Community">所属小区.</param>
public sealed record PropertyEvidenceInput(string? Holder, string? TitleType, string? CertificateNumber, string? RegionCode, string? AddressDetail, string? Community)
    : EvidenceInput(RegionCode, AddressDetail)
{
    public override EvidenceKind Kind => EvidenceKind.Property;

    internal override string? CommunityName => Community;

    internal override EvidenceDetails ToDetails() =>
        new PropertyEvidence(ParseEnum<ParentRole>(Holder), ParseEnum<PropertyTitleType>(TitleType), CertificateNumbers.Normalize(CertificateNumber), Address());
}

/// <param name="Holder">持证人: `Father` or `Mother`.</param>
/// <param name="PermitNumber">居住证号码.</param>
/// <param name="RegionCode">居住地址 region (the current address, not the hukou one).</param>
/// <param name="AddressDetail">The rest of the address.</param>
/// <param name="ValidUntil">有效期限, `yyyy-MM-dd`.</param>
public sealed record ResidencePermitEvidenceInput(string? Holder, string? PermitNumber, string? RegionCode, string? AddressDetail, DateOnly? ValidUntil)
    : EvidenceInput(RegionCode, AddressDetail)
{
    public override EvidenceKind Kind => EvidenceKind.ResidencePermit;

    internal override EvidenceDetails ToDetails() =>
        new ResidencePermitEvidence(ParseEnum<ParentRole>(Holder), CertificateNumbers.Normalize(PermitNumber), Address(), ValidUntil!.Value);
}

/// <param name="Parent">务工人: `Father` or `Mother`.</param>
/// <param name="Employer">工作单位.</param>
/// <param name="RegionCode">单位地址 region.</param>
/// <param name="AddressDetail">The rest of the address.</param>
/// <param name="SocialInsuranceNumber">社保编号.</param>
public sealed record EmploymentEvidenceInput(string? Parent, string? Employer, string? RegionCode, string? AddressDetail, string? SocialInsuranceNumber)
    : EvidenceInput(RegionCode, AddressDetail)
{
    public override EvidenceKind Kind => EvidenceKind.Employment;

    internal override EvidenceDetails ToDetails() =>
        new EmploymentEvidence(ParseEnum<ParentRole>(Parent), Employer!.Trim(), Address(), CertificateNumbers.Normalize(SocialInsuranceNumber));
}

/// <param name="Parent">经营者: `Father` or `Mother`.</param>
/// <param name="BusinessLicence">营业执照: the 18-character unified social credit code.</param>
/// <param name="RegionCode">经营地址 region.</param>
/// <param name="AddressDetail">The rest of the address.</param>
public sealed record BusinessEvidenceInput(string? Parent, string? BusinessLicence, string? RegionCode, string? AddressDetail)
    : EvidenceInput(RegionCode, AddressDetail)
{
    public override EvidenceKind Kind => EvidenceKind.Business;

    internal override EvidenceDetails ToDetails() =>
        new BusinessEvidence(ParseEnum<ParentRole>(Parent), UnifiedSocialCreditCode.Create(BusinessLicence, "businessLicence"), Address());
}

/// <param name="Recipient">优抚对象: `Father` or `Mother`.</param>
/// <param name="CertificateNumber">优抚证编号.</param>
/// <param name="RegionCode">居住地址 region.</param>
/// <param name="AddressDetail">The rest of the address.</param>
/// <param name="Community">所属小区.</param>
public sealed record PreferentialCareEvidenceInput(string? Recipient, string? CertificateNumber, string? RegionCode, string? AddressDetail, string? Community)
    : EvidenceInput(RegionCode, AddressDetail)
{
    public override EvidenceKind Kind => EvidenceKind.PreferentialCare;

    internal override string? CommunityName => Community;

    internal override EvidenceDetails ToDetails() =>
        new PreferentialCareEvidence(ParseEnum<ParentRole>(Recipient), CertificateNumbers.Normalize(CertificateNumber), Address());
}

/// <param name="RelocatedPersonName">被拆迁人姓名, as on the agreement.</param>
/// <param name="RelocatedPersonResidentId">被拆迁人身份证号, 18 characters.</param>
/// <param name="AgreementNumber">协议编号.</param>
/// <param name="RegionCode">居住地址 region.</param>
/// <param name="AddressDetail">The rest of the address.</param>
/// <param name="Community">所属小区.</param>
public sealed record RelocationEvidenceInput(string? RelocatedPersonName, string? RelocatedPersonResidentId, string? AgreementNumber, string? RegionCode, string? AddressDetail, string? Community)
    : EvidenceInput(RegionCode, AddressDetail)
{
    public override EvidenceKind Kind => EvidenceKind.Relocation;

    internal override string? CommunityName => Community;

    internal override EvidenceDetails ToDetails() =>
        new RelocationEvidence(RelocatedPersonName!.Trim(), RelocatedPersonResidentId!.Trim().ToUpperInvariant(), CertificateNumbers.Normalize(AgreementNumber), Address());
}

/// <param name="Owner">户主: `Father` or `Mother`.</param>
/// <param name="PaymentType">缴费类型: `Water` 水, `Electricity` 电, `Gas` 燃气.</param>
/// <param name="AccountNumber">户号.</param>
/// <param name="AccountHolderName">户名 (must be the father's or the mother's name).</param>
/// <param name="RegionCode">居住地址 region.</param>
/// <param name="AddressDetail">The rest of the address.</param>
/// <param name="Community">所属小区.</param>
public sealed record LongTermResidenceEvidenceInput(string? Owner, string? PaymentType, string? AccountNumber, string? AccountHolderName, string? RegionCode, string? AddressDetail, string? Community)
    : EvidenceInput(RegionCode, AddressDetail)
{
    public override EvidenceKind Kind => EvidenceKind.LongTermResidence;

    internal override string? CommunityName => Community;

    internal override EvidenceDetails ToDetails() =>
        new LongTermResidenceEvidence(ParseEnum<ParentRole>(Owner), ParseEnum<UtilityType>(PaymentType), CertificateNumbers.Normalize(AccountNumber), AccountHolderName!.Trim(), Address());
}
