using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Enrollment.BuildingBlocks.Infrastructure.PersonalData;

/// <summary>
/// One EF model per context type and key set: the model's converters hold the protector, so two hosts in one
/// process (tests, a rotation) with different keys must not share a model.
/// </summary>
public sealed class PersonalDataModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (context.GetType(), designTime, (context as ModuleDbContext)?.PersonalData.Fingerprint);
    }
}
