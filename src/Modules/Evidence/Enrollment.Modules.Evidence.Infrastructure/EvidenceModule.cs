using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Evidence.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.Modules.Evidence.Infrastructure;

/// <summary>Wires the Evidence module into the host.</summary>
public static class EvidenceModule
{
    public static IServiceCollection AddEvidenceModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<EvidenceDbContext, SqliteEvidenceDbContext, PostgreSqlEvidenceDbContext, SqlServerEvidenceDbContext>(configuration, EvidenceDbContext.SchemaName);
        return services;
    }

    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
