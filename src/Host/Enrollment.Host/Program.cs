using System.Text.Json.Serialization;
using Enrollment.BuildingBlocks.Application.Behaviors;
using Enrollment.BuildingBlocks.Infrastructure.Jobs;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Host.ErrorHandling;
using Enrollment.Host.Hosting;
using Enrollment.Host.OpenApi;
using Enrollment.Host.Security;
using Enrollment.Modules.Evidence.Infrastructure;
using Enrollment.Modules.Identity.Infrastructure;
using Enrollment.Modules.Regions.Infrastructure;
using Enrollment.Modules.Registration.Infrastructure;
using Enrollment.Modules.Review.Infrastructure;
using FluentValidation;
using Hangfire;
using Mediator;

var builder = WebApplication.CreateBuilder(args);
var verb = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('='));

builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
var hosting = builder.Configuration.GetSection(HostingOptions.SectionName).Get<HostingOptions>() ?? new HostingOptions();

builder.Logging.AddJsonConsole(o =>
{
    o.IncludeScopes = true;
    o.UseUtcTimestamp = true;
    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
});

// "Request starting … ?code=…&q=410185…" and "redirecting to …/callback?code=…" would put OAuth codes and searched
// ID numbers in the log whenever an operator raises Microsoft.AspNetCore to Information; these filters, added
// after the configuration's, win over the same categories there (the privacy test runs at Debug).
builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.AspNetCore.Http.Result.RedirectResult", LogLevel.Warning);

builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
    c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier);
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

// A body or parameter that cannot be read is thrown to the exception handler in every environment, so
// that it becomes a problem naming its field (by default Production answers a bare 400).
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddOpenApi(o => o.AddOperationTransformer<SecurityTransformer>().AddOperationTransformer<ExamplesTransformer>().AddDocumentTransformer<SecurityTransformer>().AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Enrollment API";
    document.Info.Description = "义务教育新生入学信息采集 — REST API for the parent H5 page, the admin SPA and integrators. Errors are RFC 7807 problem details with a stable `code`.";
    return Task.CompletedTask;
}));
builder.Services.AddHealthChecks();
builder.Services.AddEnrollmentRateLimits(builder.Configuration);

builder.Services
    .AddEnrollmentPersistence(builder.Configuration)
    .AddEnrollmentJobs(builder.Configuration)
    .AddIdentityModule(builder.Configuration, builder.Environment)
    .AddRegionsModule(builder.Configuration)
    .AddRegistrationModule(builder.Configuration)
    .AddEvidenceModule(builder.Configuration)
    .AddReviewModule(builder.Configuration);
builder.Services.Configure<Enrollment.Host.Seeding.DemoApplicationsOptions>(builder.Configuration.GetSection(Enrollment.Host.Seeding.DemoApplicationsOptions.SectionName));
builder.Services.AddScoped<Enrollment.BuildingBlocks.Infrastructure.Seeding.IModuleSeeder, Enrollment.Host.Seeding.DemoApplicationsSeeder>();

builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    // Only assemblies that declare messages or handlers may be listed (MSG0007); a module joins as
    // soon as it has one. The list must stay inline for the generator to read it.
    options.Assemblies =
    [
        typeof(Enrollment.Modules.Identity.Application.AssemblyReference),
        typeof(Enrollment.Modules.Identity.Contracts.AssemblyReference),
        typeof(Enrollment.Modules.Registration.Application.AssemblyReference),
        typeof(Enrollment.Modules.Registration.Domain.AssemblyReference),
        typeof(Enrollment.Modules.Registration.Contracts.AssemblyReference),
        typeof(Enrollment.Modules.Evidence.Application.AssemblyReference),
        typeof(Enrollment.Modules.Evidence.Domain.AssemblyReference),
        typeof(Enrollment.Modules.Evidence.Contracts.AssemblyReference),
        typeof(Enrollment.Modules.Regions.Application.AssemblyReference),
        typeof(Enrollment.Modules.Regions.Contracts.AssemblyReference),
        typeof(Enrollment.Modules.Review.Application.AssemblyReference),
        typeof(Enrollment.Modules.Review.Contracts.AssemblyReference),
    ];
    options.PipelineBehaviors =
    [
        typeof(LoggingBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(UnitOfWorkBehavior<,>),
    ];
});
builder.Services.AddValidatorsFromAssemblies(
    [
        typeof(Enrollment.Modules.Identity.Application.AssemblyReference).Assembly,
        typeof(Enrollment.Modules.Regions.Application.AssemblyReference).Assembly,
        typeof(Enrollment.Modules.Registration.Application.AssemblyReference).Assembly,
        typeof(Enrollment.Modules.Evidence.Application.AssemblyReference).Assembly,
        typeof(Enrollment.Modules.Review.Application.AssemblyReference).Assembly,
    ],
    includeInternalTypes: true);

// Authentication (parent and staff cookies, integrators' bearer tokens) and every authorization
// policy come with the Identity module (ADR-0010).

var app = builder.Build();

if (verb == "migrate")
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    return;
}

if (verb == "regions-import")
{
    if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
    {
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    Environment.ExitCode = await app.Services.RunRegionsImportAsync(args.SkipWhile(a => a != verb).Skip(1).FirstOrDefault(), Console.Out, CancellationToken.None);
    return;
}

await app.PrepareAsync();
if (await UnsafeSettings.RefuseAsync(app))
{
    Environment.ExitCode = UnsafeSettings.ExitCode;
    return;
}

// Only configured proxies may say who the client is and whether it came over TLS (ADR-0015).
if (hosting.KnownProxies.Count > 0 || hosting.KnownNetworks.Count > 0)
{
    app.UseForwardedHeaders(hosting.ToForwardedHeadersOptions());
}

app.UseMiddleware<SecurityHeadersMiddleware>();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseMiddleware<RequestIdMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
if (hosting.SwaggerUi)
{
    app.UseSwaggerUI(o =>
    {
        o.RoutePrefix = "docs";
        o.SwaggerEndpoint("/openapi/v1.json", "Enrollment API v1");
        o.DocumentTitle = "Enrollment API";
    });
}

app.MapEnrollmentHealthChecks(hosting.ReadinessDetails);

// The job dashboard answers signed-in DistrictAdmins (and, in Development only, this machine).
app.UseHangfireDashboard("/jobs", new DashboardOptions { AsyncAuthorization = [new JobDashboardAuthorizationFilter(app.Environment.IsDevelopment())], DashboardTitle = "Enrollment jobs" });

// Every module's endpoints share the one rule against control characters in any text they receive.
var api = app.MapGroup(string.Empty).AddEndpointFilterFactory(UnsafeTextFilter.Create);
api.MapIdentityEndpoints(app.Environment);
api.MapRegionsEndpoints();
api.MapRegistrationEndpoints();
api.MapEvidenceEndpoints();
api.MapReviewEndpoints();
app.MapFallbackToFile("/h5/{*path:nonfile}", "h5/index.html").AllowAnonymous();
app.MapFallbackToFile("/admin/{*path:nonfile}", "admin/index.html").AllowAnonymous();

app.Lifetime.ApplicationStarted.Register(() => app.LogUrls());

await app.RunAsync();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the integration tests.</summary>
public partial class Program;
