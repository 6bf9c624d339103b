namespace Enrollment.BuildingBlocks.Domain;

/// <summary>An id that cannot be mixed up with another aggregate's id of the same underlying type.</summary>
public interface IStronglyTypedId<out T>
{
    T Value { get; }
}
