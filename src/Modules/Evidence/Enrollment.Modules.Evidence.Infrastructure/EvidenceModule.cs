using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Evidence.Application.Evidences;
using Enrollment.Modules.Evidence.Infrastructure.Endpoints;
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
        services.AddScoped<IEligibilityEvidenceRepository, EligibilityEvidenceRepository>();
        return services;
    }

    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        EvidenceEndpoints.MapEvidenceEndpoints(endpoints);
        return endpoints;
    }
}
