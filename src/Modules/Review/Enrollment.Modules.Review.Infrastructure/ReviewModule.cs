using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.BuildingBlocks.Infrastructure.Seeding;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Infrastructure.Decisions;
using Enrollment.Modules.Review.Infrastructure.Seeding;
using Enrollment.Modules.Review.Infrastructure.Endpoints;
using Enrollment.Modules.Review.Infrastructure.Notifications;
using Hangfire;
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
        services.AddPersonalDataRewrite<ReviewDbContext, Domain.Decisions.ReturnDecision>();
        services.AddScoped<Application.ApplicationHistory.IApplicationHistoryRepository, ApplicationHistoryRepository>();
        services.AddScoped<IReturnDecisionRepository, ReturnDecisionRepository>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<IReturnReasonRepository, ReturnReasonRepository>();
        services.AddScoped<IIsolatedDecisions, IsolatedDecisions>();
        services.AddSingleton<ISpreadsheetWriter, Export.OpenXmlSpreadsheetWriter>();
        services.AddScoped<IModuleSeeder, ReturnReasonSeeder>();
        services.AddScoped<Application.Notifications.IParentNotificationRepository, ParentNotificationRepository>();
        services.AddScoped<Application.Notifications.QueueNotifications.NotificationQueue>();
        services.AddSingleton<Application.Notifications.INotificationJobs, HangfireNotificationJobs>();
        services.AddTransient<ParentNotificationJob>();
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.SectionName));
        services.AddOptions<Application.Queue.ReviewQueueOptions>().Bind(configuration.GetSection(Application.Queue.ReviewQueueOptions.SectionName))
            .Validate(o => o.ExactCountUpTo >= 1, "Review:Queue:ExactCountUpTo must be at least 1").ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Application.Queue.ReviewQueueOptions>>().Value);
        services.AddWebhooks(configuration);
        services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ConfigurationAuditStartupFilter>();
        return services;
    }

    /// <summary>The Review module's recurring jobs: the reminder of drafts before their season closes.</summary>
    public static void AddReviewRecurringJobs(this IRecurringJobManager jobs, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var options = configuration.GetSection(NotificationOptions.SectionName).Get<NotificationOptions>() ?? new NotificationOptions();
        jobs.AddOrUpdate<ParentNotificationJob>(
            ParentNotificationJob.DraftRemindersJobId,
            job => job.QueueDraftRemindersAsync(CancellationToken.None),
            options.DraftReminderCron,
            new RecurringJobOptions { TimeZone = ChinaTime.Zone });
    }

    /// <summary>Integrators' webhooks (ADR-0035): subscriptions, deliveries, their job, and the HTTP client that posts them.</summary>
    private static void AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Application.Webhooks.WebhookOptions>(configuration.GetSection(Application.Webhooks.WebhookOptions.SectionName));
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Application.Webhooks.WebhookOptions>>().Value);
        services.AddPersonalDataRewrite<ReviewDbContext, Domain.Webhooks.WebhookSubscription>();
        services.AddScoped<Application.Webhooks.IWebhookSubscriptionRepository, WebhookSubscriptionRepository>();
        services.AddScoped<Application.Webhooks.IWebhookDeliveryRepository, WebhookDeliveryRepository>();
        services.AddSingleton<Application.Webhooks.IWebhookJobs, Webhooks.HangfireWebhookJobs>();
        services.AddTransient<Webhooks.WebhookDeliveryJob>();
        services.AddSingleton<BuildingBlocks.Infrastructure.Security.IUnsafeSettingsCheck, Webhooks.WebhookUnsafeSettings>();
        services.AddHttpClient<Application.Webhooks.IWebhookPoster, Webhooks.HttpWebhookPoster>(Webhooks.HttpWebhookPoster.ClientName)
            .ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<Application.Webhooks.WebhookOptions>().Timeout)
            .ConfigurePrimaryHttpMessageHandler(sp => Webhooks.HttpWebhookPoster.CreateHandler(sp.GetRequiredService<Application.Webhooks.WebhookOptions>()))
            .RemoveAllLoggers();
    }


    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReviewApplicationEndpoints();
        endpoints.MapReviewDecisionEndpoints();
        endpoints.MapReviewAuditEndpoints();
        endpoints.MapReviewStatisticsEndpoints();
        endpoints.MapReviewNotificationEndpoints();
        endpoints.MapWebhookEndpoints();
        return endpoints;
    }
}
