namespace Enrollment.BuildingBlocks.Domain;

/// <summary>
/// Value objects are C# records (equality by value comes with them); this marker lets tests and
/// persistence conventions find them.
/// </summary>
public interface IValueObject;
