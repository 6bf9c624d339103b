namespace Enrollment.Modules.Evidence.Domain.Evidences;

/// <summary>The seven eligibility evidence pages of the wizard (pages 5–11), in page order.</summary>
public enum EvidenceKind
{
    Property = 5,
    ResidencePermit = 6,
    Employment = 7,
    Business = 8,
    PreferentialCare = 9,
    Relocation = 10,
    LongTermResidence = 11,
}

public static class EvidenceKinds
{
    public static IReadOnlyList<EvidenceKind> All { get; } = Enum.GetValues<EvidenceKind>();

    /// <summary>The kind as the API path names it: <c>property</c>, <c>residence-permit</c>, ...</summary>
    public static string Slug(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Property => "property",
        EvidenceKind.ResidencePermit => "residence-permit",
        EvidenceKind.Employment => "employment",
        EvidenceKind.Business => "business",
        EvidenceKind.PreferentialCare => "preferential-care",
        EvidenceKind.Relocation => "relocation",
        EvidenceKind.LongTermResidence => "long-term-residence",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The page's title as the parent reads it.</summary>
    public static string PageName(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Property => "房产信息",
        EvidenceKind.ResidencePermit => "居住证信息",
        EvidenceKind.Employment => "务工信息",
        EvidenceKind.Business => "经商信息",
        EvidenceKind.PreferentialCare => "政策（优抚）照顾信息",
        EvidenceKind.Relocation => "拆迁安置协议信息",
        EvidenceKind.LongTermResidence => "长期居住信息",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static EvidenceKind? FromSlug(string? slug) =>
        All.Cast<EvidenceKind?>().FirstOrDefault(k => string.Equals(k!.Value.Slug(), slug, StringComparison.Ordinal));
}

/// <summary>Which parent an evidence names (父亲/母亲); that parent must be on the guardians page.</summary>
public enum ParentRole
{
    Father,
    Mother,
}

public static class ParentRoles
{
    public static string Chinese(this ParentRole role) => role == ParentRole.Father ? "父亲" : "母亲";
}

/// <summary>产权类型 of the property page.</summary>
public enum PropertyTitleType
{
    /// <summary>房产证.</summary>
    HouseOwnershipCertificate,

    /// <summary>不动产权证.</summary>
    RealEstateCertificate,

    /// <summary>土地使用证.</summary>
    LandUseCertificate,

    /// <summary>网签购房合同.</summary>
    OnlinePurchaseContract,
}

/// <summary>缴费类型 of the long-term residence page.</summary>
public enum UtilityType
{
    /// <summary>水.</summary>
    Water,

    /// <summary>电.</summary>
    Electricity,

    /// <summary>燃气.</summary>
    Gas,
}
