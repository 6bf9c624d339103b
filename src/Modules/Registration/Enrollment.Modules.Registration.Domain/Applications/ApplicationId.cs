using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications;

public readonly record struct ApplicationId(Guid Value) : IStronglyTypedId<Guid>
{
    public static ApplicationId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
