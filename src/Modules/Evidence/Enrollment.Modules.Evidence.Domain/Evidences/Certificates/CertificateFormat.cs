namespace Enrollment.Modules.Evidence.Domain.Evidences.Certificates;

/// <summary>
/// The numbered certificates the evidence pages take, each with its own format (<see cref="CertificateNumbers"/>;
/// how strict each is, and why: docs/certificate-numbers.md).
/// </summary>
public enum CertificateFormat
{
    /// <summary>房产证 (房屋所有权证, before 2015): local numbering, lenient.</summary>
    HouseOwnershipCertificate,

    /// <summary>不动产权证 (since 2015): one national pattern, strict — 「豫(2020)登封市不动产权第0001234号」.</summary>
    RealEstateCertificate,

    /// <summary>土地使用证: 「登国用(2010)第0123号」 — an abbreviation, the year in brackets, the number, 号.</summary>
    LandUseCertificate,

    /// <summary>网签购房合同 备案号: the city's online-signing system's number, letters, digits and hyphens.</summary>
    OnlinePurchaseContract,

    /// <summary>居住证号码.</summary>
    ResidencePermit,

    /// <summary>社保编号 (社会保障号码).</summary>
    SocialInsurance,

    /// <summary>优抚证编号.</summary>
    PreferentialCare,

    /// <summary>拆迁安置协议编号.</summary>
    RelocationAgreement,

    /// <summary>长期居住 户号 (water, electricity or gas account).</summary>
    UtilityAccount,
}
