using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Seasons;

public readonly record struct SeasonId(Guid Value) : IStronglyTypedId<Guid>
{
    public static SeasonId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
