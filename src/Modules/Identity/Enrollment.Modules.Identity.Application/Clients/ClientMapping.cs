using Enrollment.Modules.Identity.Domain.Clients;
using Mapster;

namespace Enrollment.Modules.Identity.Application.Clients;

internal sealed class ClientMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.NewConfig<IntegratorClient, ClientDto>();
    }
}
