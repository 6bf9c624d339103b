using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.Seeding;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Infrastructure.Decisions;
using Enrollment.Modules.Review.Infrastructure.Seeding;
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
        services.AddScoped<IReturnDecisionRepository, ReturnDecisionRepository>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<IReturnReasonRepository, ReturnReasonRepository>();
        services.AddScoped<IIsolatedDecisions, IsolatedDecisions>();
        services.AddSingleton<ISpreadsheetWriter, Export.MiniExcelSpreadsheetWriter>();
        services.AddScoped<IModuleSeeder, ReturnReasonSeeder>();
        services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ConfigurationAuditStartupFilter>();
        return services;
    }

    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReviewApplicationEndpoints();
        endpoints.MapReviewDecisionEndpoints();
        endpoints.MapReviewAuditEndpoints();
        endpoints.MapReviewStatisticsEndpoints();
        return endpoints;
    }
}
