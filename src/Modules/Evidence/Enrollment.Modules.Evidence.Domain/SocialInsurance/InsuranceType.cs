namespace Enrollment.Modules.Evidence.Domain.SocialInsurance;

/// <summary>The two kinds of social insurance the bureau's payment export holds.</summary>
public enum InsuranceType
{
    /// <summary>职工: employee insurance, paid through an employer (or as a self-employed 个体工商户). What 务工/经商 need.</summary>
    Employee,

    /// <summary>居民: resident insurance, paid by the person; does not count for 务工/经商.</summary>
    Resident,
}

public static class InsuranceTypes
{
    /// <summary>The export's 险种类型 cell: 职工 / 居民, or a scheme name holding one of them (城镇职工基本养老保险); null otherwise.</summary>
    public static InsuranceType? Parse(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        var employee = value.Contains("职工", StringComparison.Ordinal);
        var resident = value.Contains("居民", StringComparison.Ordinal);
        return employee == resident ? null : employee ? InsuranceType.Employee : InsuranceType.Resident;
    }

    public static string Chinese(this InsuranceType type) => type == InsuranceType.Employee ? "职工" : "居民";
}
