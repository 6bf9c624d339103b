using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Infrastructure.Endpoints;
using Enrollment.Modules.Evidence.Infrastructure.Files;
using Enrollment.Modules.Evidence.Infrastructure.Images;
using Enrollment.Modules.Evidence.Infrastructure.Persistence;
using Enrollment.Modules.Evidence.Infrastructure.SocialInsurance;
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
        services.AddPersonalDataRewrite<EvidenceDbContext, Domain.Evidences.EligibilityEvidence>();
        services.AddPersonalDataRewrite<EvidenceDbContext, Domain.SocialInsurance.SocialInsuranceOutcome>();
        services.AddScoped<IPersonalDataRewrite, SocialInsurance.SocialInsuranceRecordRewrite>();
        services.AddScoped<IEligibilityEvidenceRepository, EligibilityEvidenceRepository>();
        services.AddScoped<IEvidenceKindsReader, EvidenceKindsReader>();
        services.Configure<EvidenceFilesOptions>(configuration.GetSection(EvidenceFilesOptions.SectionName));
        services.AddSingleton<IEvidenceFileStore, LocalFolderEvidenceFileStore>();
        services.AddSingleton<IImageCleaner, SkiaImageCleaner>();
        services.Configure<SocialInsuranceOptions>(configuration.GetSection(SocialInsuranceOptions.SectionName));
        services.AddScoped<ISocialInsuranceImportRepository, SocialInsuranceImportRepository>();
        services.AddScoped<ISocialInsuranceOutcomeRepository, SocialInsuranceOutcomeRepository>();
        services.AddScoped<SocialInsuranceRecordStore>();
        services.AddScoped<ISocialInsuranceRecords>(sp => sp.GetRequiredService<SocialInsuranceRecordStore>());
        services.AddScoped<ISocialInsuranceJobs, HangfireSocialInsuranceJobs>();
        services.AddScoped<SocialInsuranceImportJob>();
        services.AddScoped<SocialInsuranceCheckJob>();
        return services;
    }

    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        EvidenceEndpoints.MapEvidenceEndpoints(endpoints);
        AttachmentEndpoints.MapAttachmentEndpoints(endpoints);
        SocialInsuranceEndpoints.MapSocialInsuranceEndpoints(endpoints);
        return endpoints;
    }
}
