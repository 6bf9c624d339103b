using Enrollment.Modules.Registration.Domain.Schools;
using Mapster;

namespace Enrollment.Modules.Registration.Application.Schools;

internal sealed class SchoolMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.NewConfig<SchoolClass, SchoolClassDto>();
        config.NewConfig<School, SchoolDto>()
            .Map(d => d.Id, s => s.Id.Value)
            .Map(d => d.SeasonId, s => s.SeasonId.Value)
            // 「社会零星」 schools are listed last whatever order they were saved with.
            .Map(d => d.SortOrder, s => s.IsScattered ? 0 : s.SortOrder);
    }
}
