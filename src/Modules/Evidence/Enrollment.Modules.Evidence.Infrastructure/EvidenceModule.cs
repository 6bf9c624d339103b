using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Infrastructure.Endpoints;
using Enrollment.Modules.Evidence.Infrastructure.Files;
using Enrollment.Modules.Evidence.Infrastructure.Images;
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
        services.AddScoped<IEvidenceKindsReader, EvidenceKindsReader>();
        services.Configure<EvidenceFilesOptions>(configuration.GetSection(EvidenceFilesOptions.SectionName));
        services.AddSingleton<IEvidenceFileStore, LocalFolderEvidenceFileStore>();
        services.AddSingleton<IImageCleaner, SkiaImageCleaner>();
        return services;
    }

    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        EvidenceEndpoints.MapEvidenceEndpoints(endpoints);
        AttachmentEndpoints.MapAttachmentEndpoints(endpoints);
        return endpoints;
    }
}
