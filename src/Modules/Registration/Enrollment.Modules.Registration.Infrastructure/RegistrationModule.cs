using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.BuildingBlocks.Infrastructure.Seeding;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Application.Applications.SubmittedApplications;
using Enrollment.Modules.Registration.Infrastructure.Endpoints;
using Enrollment.Modules.Registration.Infrastructure.Persistence;
using Enrollment.Modules.Registration.Infrastructure.Regions;
using Enrollment.Modules.Registration.Infrastructure.Seeding;
using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.Modules.Registration.Infrastructure;

/// <summary>Wires the Registration module into the host.</summary>
public static class RegistrationModule
{
    public static IServiceCollection AddRegistrationModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<RegistrationDbContext, SqliteRegistrationDbContext, PostgreSqlRegistrationDbContext, SqlServerRegistrationDbContext>(configuration, RegistrationDbContext.SchemaName);
        services.AddPersonalDataRewrite<RegistrationDbContext, Domain.Applications.StudentApplication>();
        services.AddPersonalDataRewrite<RegistrationDbContext, Idempotency.IdempotencyRecord>();
        services.AddScoped<IApplicationRepository, ApplicationRepository>();
        services.AddScoped<ISeasonRepository, SeasonRepository>();
        services.Configure<Seasons.SeasonCacheOptions>(configuration.GetSection(Seasons.SeasonCacheOptions.SectionName));
        services.AddSingleton<Seasons.SeasonCache>();
        services.AddScoped<ISchoolRepository, SchoolRepository>();
        services.AddScoped<IArticleRepository, ArticleRepository>();
        services.AddScoped<ISubmittedApplicationReader, SubmittedApplicationReader>();
        services.AddScoped<Application.Applications.ForIntegration.IApplicationChangesReader, ApplicationChangesReader>();
        services.AddScoped<Application.Applications.ForReview.IApplicationsOfParentsReader, ApplicationsOfParentsReader>();
        services.AddScoped<Application.Applications.StreamSubmittedApplications.ISubmittedApplicationStream, SubmittedApplicationStream>();
        services.AddScoped<IAddressRegionRules, RegionsAddressRegionRules>();
        services.Configure<SeasonSeedOptions>(configuration.GetSection(SeasonSeedOptions.SectionName));
        services.AddScoped<IModuleSeeder, SeasonSeeder>();
        services.Configure<ArticleSeedOptions>(configuration.GetSection(ArticleSeedOptions.SectionName));
        services.Configure<Schools.SchoolImportOptions>(configuration.GetSection(Schools.SchoolImportOptions.SectionName));
        services.Configure<Idempotency.IdempotencyOptions>(configuration.GetSection(Idempotency.IdempotencyOptions.SectionName));
        services.AddSingleton(configuration.GetSection(Application.Applications.StartApplication.ApplicationLimits.SectionName).Get<Application.Applications.StartApplication.ApplicationLimits>() ?? new());
        services.AddScoped<IModuleSeeder, ArticleSeeder>();
        services.AddScoped<IRetentionReportRepository, RetentionReportRepository>();
        services.AddScoped<Application.Applications.ForStatistics.IAnonymizedApplicationStream, AnonymizedApplicationStream>();
        services.Configure<Retention.RetentionOptions>(configuration.GetSection(Retention.RetentionOptions.SectionName));
        var retention = configuration.GetSection(Retention.RetentionOptions.SectionName).Get<Retention.RetentionOptions>() ?? new();
        services.AddSingleton(new Domain.Retention.RetentionPeriod(retention.DaysAfterSeasonCloses, retention.DaysToReviewReport));
        services.AddSingleton<Application.Retention.ExecuteRetentionReport.IRetentionJobs, Retention.HangfireRetentionJobs>();
        services.AddTransient<Retention.RetentionJob>();
        return services;
    }

    /// <summary>The Registration module's recurring job: the retention of personal data (ADR-0041), unless switched off.</summary>
    public static void AddRegistrationRecurringJobs(this IRecurringJobManager jobs, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var options = configuration.GetSection(Retention.RetentionOptions.SectionName).Get<Retention.RetentionOptions>() ?? new();
        if (!options.Enabled)
        {
            jobs.RemoveIfExists(Retention.RetentionJob.RecurringJobId);
            return;
        }

        jobs.AddOrUpdate<Retention.RetentionJob>(
            Retention.RetentionJob.RecurringJobId,
            job => job.RunDailyAsync(CancellationToken.None),
            options.Cron,
            new RecurringJobOptions { TimeZone = ChinaTime.Zone });
    }


    /// <summary>The authorization policy the module's admin endpoints require (role DistrictAdmin); the host registers it.</summary>
    public const string DistrictAdminPolicy = AdminEndpoints.DistrictAdminPolicy;

    public static IEndpointRouteBuilder MapRegistrationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApplicationEndpoints();
        endpoints.MapCatalogueEndpoints();
        endpoints.MapAdminEndpoints();
        endpoints.MapRetentionEndpoints();
        return endpoints;
    }
}
