using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Regions.Domain.Regions.Rules;

/// <summary>
/// An address is chosen down to the last level: in the season's home county the village or
/// community committee (村委会/居委会), elsewhere at least the town or street (乡镇/街道). A node
/// without children is the last level there is (e.g. a town whose villages are not loaded, or
/// 金门县, which has no towns), so it passes.
/// </summary>
public sealed class AddressRegionMustReachRequiredLevelRule(RegionLevel level, bool hasChildren, bool inHomeCounty) : IBusinessRule
{
    public const string ErrorCode = "region.too-shallow";

    public const string HomeCountyMessage = "地址请选择到村（社区）居委会";

    public const string ElsewhereMessage = "地址请选择到街道（乡镇）";

    /// <summary>The level an address must reach, given where it is.</summary>
    public static RegionLevel RequiredLevel(bool inHomeCounty) => inHomeCounty ? RegionLevel.Village : RegionLevel.Town;

    public bool IsBroken() => level < RequiredLevel(inHomeCounty) && hasChildren;

    public string Code => ErrorCode;

    public string Message => inHomeCounty ? HomeCountyMessage : ElsewhereMessage;
}
