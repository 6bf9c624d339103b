using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Review.Infrastructure.Endpoints;
using Enrollment.Modules.Review.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.Modules.Review.Infrastructure;

/// <summary>Wires the Review module into the host.</summary>
public static class ReviewModule
{
    public static IServiceCollection AddReviewModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ReviewDbContext, SqliteReviewDbContext, PostgreSqlReviewDbContext, SqlServerReviewDbContext>(configuration, ReviewDbContext.SchemaName);
        services.AddScoped<Application.ApplicationHistory.IApplicationHistoryRepository, ApplicationHistoryRepository>();
        return services;
    }

    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReviewApplicationEndpoints();
        return endpoints;
    }
}
