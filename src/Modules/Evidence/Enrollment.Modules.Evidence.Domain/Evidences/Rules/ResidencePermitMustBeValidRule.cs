using System.Globalization;
using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>居住证 must still be valid on the season's policy date.</summary>
public sealed class ResidencePermitMustBeValidRule(DateOnly validUntil, DateOnly validOn) : IBusinessRule
{
    public bool IsBroken() => validUntil < validOn;

    public string Code => "evidence.residence-permit.expired";

    public string Message => string.Create(CultureInfo.InvariantCulture, $"有效期限：居住证须在{validOn:yyyy年M月d日}仍在有效期内");

    public string? Field => "validUntil";
}
