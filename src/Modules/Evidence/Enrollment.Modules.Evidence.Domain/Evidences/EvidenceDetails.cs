using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences;

/// <summary>
/// An address as every evidence page takes it: the region picked to the last level (code and the full
/// name the Regions module gave it), the rest of the address as typed, and 所属小区 where the page asks for it.
/// </summary>
public sealed record EvidenceAddress(string RegionCode, string RegionName, string Detail, string? Community) : IValueObject;

/// <summary>What one saved evidence page holds; one record per kind.</summary>
public abstract record EvidenceDetails : IValueObject
{
    public abstract EvidenceKind Kind { get; }

    /// <summary>The parent the evidence names (holder, recipient, owner); null where the page names none (relocation).</summary>
    public abstract ParentRole? NamedParent { get; }

    public abstract EvidenceAddress Address { get; init; }
}

/// <summary>Page 5 房产信息.</summary>
public sealed record PropertyEvidence(ParentRole Holder, PropertyTitleType TitleType, string CertificateNumber, EvidenceAddress Address) : EvidenceDetails
{
    public override EvidenceKind Kind => EvidenceKind.Property;

    public override ParentRole? NamedParent => Holder;
}

/// <summary>Page 6 居住证信息: the permit must still be valid on the season's permit date.</summary>
public sealed record ResidencePermitEvidence(ParentRole Holder, string PermitNumber, EvidenceAddress Address, DateOnly ValidUntil) : EvidenceDetails
{
    public override EvidenceKind Kind => EvidenceKind.ResidencePermit;

    public override ParentRole? NamedParent => Holder;
}

/// <summary>Page 7 务工信息 (the social-insurance continuity check comes later).</summary>
public sealed record EmploymentEvidence(ParentRole Parent, string Employer, EvidenceAddress Address, string SocialInsuranceNumber) : EvidenceDetails
{
    public override EvidenceKind Kind => EvidenceKind.Employment;

    public override ParentRole? NamedParent => Parent;
}

/// <summary>Page 8 经商信息: the business licence is a unified social credit code.</summary>
public sealed record BusinessEvidence(ParentRole Parent, UnifiedSocialCreditCode BusinessLicence, EvidenceAddress Address) : EvidenceDetails
{
    public override EvidenceKind Kind => EvidenceKind.Business;

    public override ParentRole? NamedParent => Parent;
}

/// <summary>Page 9 政策（优抚）照顾信息.</summary>
public sealed record PreferentialCareEvidence(ParentRole Recipient, string CertificateNumber, EvidenceAddress Address) : EvidenceDetails
{
    public override EvidenceKind Kind => EvidenceKind.PreferentialCare;

    public override ParentRole? NamedParent => Recipient;
}

/// <summary>Page 10 拆迁安置协议信息: the relocated person as named on the agreement (not necessarily a parent).</summary>
public sealed record RelocationEvidence(string RelocatedPersonName, string RelocatedPersonResidentId, string AgreementNumber, EvidenceAddress Address) : EvidenceDetails
{
    public override EvidenceKind Kind => EvidenceKind.Relocation;

    public override ParentRole? NamedParent => null;
}

/// <summary>Page 11 长期居住信息: owner and account holder must be a parent.</summary>
public sealed record LongTermResidenceEvidence(ParentRole Owner, UtilityType PaymentType, string AccountNumber, string AccountHolderName, EvidenceAddress Address) : EvidenceDetails
{
    public override EvidenceKind Kind => EvidenceKind.LongTermResidence;

    public override ParentRole? NamedParent => Owner;
}
