namespace Enrollment.Modules.Regions.Domain.Regions;

/// <summary>The five levels of the statistical division code, read from its trailing zeros.</summary>
public enum RegionLevel
{
    Province = 1,
    City = 2,
    County = 3,
    Town = 4,
    Village = 5,
}
