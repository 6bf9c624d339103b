using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Regions.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.Modules.Regions.Infrastructure;

/// <summary>Wires the Regions module into the host.</summary>
public static class RegionsModule
{
    public static IServiceCollection AddRegionsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<RegionsDbContext, SqliteRegionsDbContext, PostgreSqlRegionsDbContext, SqlServerRegionsDbContext>(configuration, RegionsDbContext.SchemaName);
        return services;
    }

    public static IEndpointRouteBuilder MapRegionsEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
