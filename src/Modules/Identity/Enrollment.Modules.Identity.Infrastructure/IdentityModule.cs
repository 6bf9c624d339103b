using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Identity.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.Modules.Identity.Infrastructure;

/// <summary>Wires the Identity module into the host.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IdentityDbContext, SqliteIdentityDbContext, PostgreSqlIdentityDbContext, SqlServerIdentityDbContext>(configuration, IdentityDbContext.SchemaName);
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
