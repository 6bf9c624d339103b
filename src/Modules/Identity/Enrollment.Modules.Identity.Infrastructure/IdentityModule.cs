using System.Security.Claims;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.BuildingBlocks.Infrastructure.Seeding;
using Enrollment.Modules.Identity.Application.Abstractions;
using Enrollment.Modules.Identity.Application.WeChat;
using Enrollment.Modules.Identity.Infrastructure.Endpoints;
using Enrollment.Modules.Identity.Infrastructure.Persistence;
using Enrollment.Modules.Identity.Infrastructure.Security;
using Enrollment.Modules.Identity.Infrastructure.Seeding;
using Enrollment.Modules.Identity.Infrastructure.Simulator;
using Enrollment.Modules.Identity.Infrastructure.WeChat;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Polly;

namespace Enrollment.Modules.Identity.Infrastructure;

/// <summary>Wires the Identity module into the host: sign-in of parents, staff and integrators, the policies, WeChat.</summary>
public static class IdentityModule
{
    /// <summary>The environments where the WeChat simulator and the development SMS sender exist.</summary>
    public static bool IsSimulated(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.IsDevelopment() || environment.IsEnvironment("Demo");
    }

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddModuleDbContext<IdentityDbContext, SqliteIdentityDbContext, PostgreSqlIdentityDbContext, SqlServerIdentityDbContext>(configuration, IdentityDbContext.SchemaName);
        services.AddPersonalDataRewrite<IdentityDbContext, Domain.Parents.ParentAccount>();
        services.AddPersonalDataRewrite<IdentityDbContext, Domain.Phones.PhoneVerification>();
        services.AddMemoryCache();
        services.AddHttpContextAccessor();

        // One key ring for every instance, in the database, under one application name (ADR-0040): a parent's
        // or staff member's cookie made by one instance is read by all of them, wherever each is installed.
        services.AddDataProtection().SetApplicationName("Enrollment");
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<IServiceScopeFactory, PersonalDataProtector>((options, scopes, protector) =>
                options.XmlRepository = new Security.DataProtection.DatabaseXmlRepository(scopes, protector));
        services.AddScoped<IParentAccountRepository, ParentAccountRepository>();
        services.AddScoped<IAgreementRepository, AgreementRepository>();
        services.AddScoped<IPhoneVerificationRepository, PhoneVerificationRepository>();
        services.AddSingleton<ISmsSendThrottle, SmsSendThrottle>();
        services.AddScoped<IStaffRepository, StaffRepository>();
        services.AddScoped<IIntegratorClientRepository, IntegratorClientRepository>();
        services.AddSingleton<ISecretHasher, SecretHasher>();

        services.Configure<IdentitySeedOptions>(configuration.GetSection(IdentitySeedOptions.SectionName));
        services.AddScoped<IModuleSeeder, IdentitySeeder>();

        services.AddSingleton<IUnsafeSettingsCheck, IdentityUnsafeSettings>();

        AddWeChat(services, configuration, environment);
        AddSecurity(services, configuration);
        return services;
    }

    private static void AddWeChat(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<WeChatOptions>(configuration.GetSection(WeChatOptions.SectionName));
        services.AddSingleton<WeChatCredentialStore>();
        services.AddSingleton<WeChatAddresses>();
        services.AddSingleton<WeChatSimulatorState>();
        services.AddHttpClient<WeChatApiClient>(WeChatApiClient.HttpClientName)
            // The default request logs and scopes carry the whole URL, and WeChat's URLs carry the app
            // secret, OAuth codes and access tokens in their query strings: no log of this client shows them.
            .RemoveAllLoggers()
            .AddResilienceHandler("wechat", builder =>
            {
                // Back-off and timeouts run on real time, also when the application's clock is a test's
                // pinned one. Network errors, timeouts and 5xx are retried; an errcode arrives with
                // HTTP 200 and is an answer, never retried.
                builder.TimeProvider = TimeProvider.System;
                builder
                    .AddTimeout(TimeSpan.FromSeconds(30))
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        ShouldHandle = args => ValueTask.FromResult(
                            args.Outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
                            || (args.Outcome.Result is { } response && (int)response.StatusCode >= 500)),
                        MaxRetryAttempts = 3,
                        Delay = TimeSpan.FromMilliseconds(200),
                        BackoffType = Polly.DelayBackoffType.Exponential,
                        UseJitter = true,
                    })
                    .AddTimeout(TimeSpan.FromSeconds(5));
            });
        services.AddTransient<IWeChatOAuth>(sp => sp.GetRequiredService<WeChatApiClient>());
        services.AddTransient<IWeChatMessenger>(sp => sp.GetRequiredService<WeChatApiClient>());
        services.AddTransient<IWeChatJsSdk>(sp => sp.GetRequiredService<WeChatApiClient>());
        services.AddSingleton<IWeChatTemplates, ConfiguredWeChatTemplates>();
        if (IsSimulated(environment))
        {
            services.AddSingleton<ISmsSender, DevelopmentSmsSender>();
        }
        else
        {
            services.AddSingleton<ISmsSender, UnconfiguredSmsSender>();
        }
    }

    private static void AddSecurity(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ClientTokenOptions>(configuration.GetSection(ClientTokenOptions.SectionName));
        services.AddSingleton<ClientSigningKey>();
        services.AddSingleton<ClientTokenIssuer>();
        services.Configure<StaffSessionOptions>(configuration.GetSection(StaffSessionOptions.SectionName));
        services.AddSingleton<StaffSessionValidator>();
        services.AddSingleton<IStaffSessions>(sp => sp.GetRequiredService<StaffSessionValidator>());
        services.AddSingleton<IClientTokenIssuer>(sp => sp.GetRequiredService<ClientTokenIssuer>());

        services.AddAuthentication(IdentitySchemes.Parent)
            .AddCookie(IdentitySchemes.Parent, o =>
            {
                o.Cookie.Name = IdentitySchemes.ParentCookie;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromDays(7);
                o.Events.OnRedirectToLogin = Status(StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = Status(StatusCodes.Status403Forbidden);
            })
            .AddCookie(IdentitySchemes.Staff, o =>
            {
                o.Cookie.Name = IdentitySchemes.StaffCookie;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<StaffSessionValidator>().ValidateAsync(context);
                o.Events.OnRedirectToLogin = Status(StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = Status(StatusCodes.Status403Forbidden);
            })
            .AddJwtBearer(IdentitySchemes.Integrator, o =>
            {
                o.MapInboundClaims = false;
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = async context =>
                    {
                        var clientId = context.Principal?.FindFirstValue(IdentitySchemes.ClientIdClaim);
                        var issuer = context.HttpContext.RequestServices.GetRequiredService<ClientTokenIssuer>();
                        if (clientId is null || !await issuer.IsActiveAsync(clientId, context.HttpContext.RequestAborted))
                        {
                            context.Fail("The client is revoked.");
                        }
                    },
                };
            });
        services.AddOptions<JwtBearerOptions>(IdentitySchemes.Integrator).Configure<ClientSigningKey, IOptions<ClientTokenOptions>, TimeProvider>((o, key, tokens, clock) =>
        {
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = tokens.Value.Issuer,
                ValidAudience = tokens.Value.Audience,
                IssuerSigningKey = key.Key,
                NameClaimType = IdentitySchemes.ClientIdClaim,
                ClockSkew = TimeSpan.FromSeconds(30),
                LifetimeValidator = (notBefore, expires, _, parameters) =>
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    return (notBefore is null || notBefore.Value - parameters.ClockSkew <= now) && expires is not null && expires.Value + parameters.ClockSkew > now;
                },
            };
        });

        var csrf = new CsrfRequirement();
        string[] allStaff = [StaffClaims.DistrictAdmin, StaffClaims.SchoolReviewer, StaffClaims.Auditor];
        services.AddSingleton<IAuthorizationHandler, CsrfAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, AgreementConsentAuthorizationHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(IdentityPolicies.AnySignIn, p => p.AddAuthenticationSchemes(IdentitySchemes.Parent, IdentitySchemes.Staff).RequireAuthenticatedUser().AddRequirements(csrf))
            .AddPolicy(ParentClaims.ParentPolicy, p => p.AddAuthenticationSchemes(IdentitySchemes.Parent).RequireClaim(ParentClaims.AccountId).AddRequirements(csrf))
            .AddPolicy(ParentClaims.ConsentedParentPolicy, p => p.AddAuthenticationSchemes(IdentitySchemes.Parent).RequireClaim(ParentClaims.AccountId).AddRequirements(csrf, new AgreementConsentRequirement()))
            .AddPolicy(AccessPolicies.DistrictAdmin, p => p.AddAuthenticationSchemes(IdentitySchemes.Staff).RequireRole(StaffClaims.DistrictAdmin).AddRequirements(csrf))
            .AddPolicy(AccessPolicies.Reviewer, p => p.AddAuthenticationSchemes(IdentitySchemes.Staff).RequireRole(StaffClaims.SchoolReviewer, StaffClaims.DistrictAdmin).AddRequirements(csrf))
            .AddPolicy(AccessPolicies.StaffRead, p => p.AddAuthenticationSchemes(IdentitySchemes.Staff).RequireRole(allStaff).AddRequirements(csrf))
            .AddPolicy(AccessPolicies.ApplicationsRead, p => p.AddAuthenticationSchemes(IdentitySchemes.Integrator).RequireAssertion(c => HasScope(c.User, "applications:read")))
            .AddPolicy(AccessPolicies.ApplicationsReadPii, p => p.AddAuthenticationSchemes(IdentitySchemes.Integrator).RequireAssertion(c => HasScope(c.User, "applications:read:pii")));
    }

    private static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll(IdentitySchemes.ScopeClaim).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Contains(scope, StringComparer.Ordinal);

    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions>, Task> Status(int status) => context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints, IHostEnvironment environment)
    {
        endpoints.MapParentAuthEndpoints();
        endpoints.MapMeEndpoints();
        endpoints.MapStaffEndpoints();
        endpoints.MapWeChatServerEndpoints();
        if (IsSimulated(environment))
        {
            endpoints.MapWeChatSimulator();
        }

        return endpoints;
    }
}
