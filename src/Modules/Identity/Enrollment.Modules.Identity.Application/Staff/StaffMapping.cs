using Enrollment.Modules.Identity.Domain.Staff;
using Mapster;

namespace Enrollment.Modules.Identity.Application.Staff;

internal sealed class StaffMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.NewConfig<StaffUser, StaffDto>()
            .Map(d => d.Disabled, s => s.IsDisabled);
    }
}
