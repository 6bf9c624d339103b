using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Enrollment.BuildingBlocks.Infrastructure.PersonalData;

public static class PersonalDataServiceCollectionExtensions
{
    /// <summary>
    /// The protector (from <c>PersonalData</c>; Development and Demo fall back to the built-in public keys when none
    /// are set, any other environment refuses to start), its production check and the re-encryption job.
    /// </summary>
    public static IServiceCollection AddPersonalData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PersonalDataOptions>(configuration.GetSection(PersonalDataOptions.SectionName));
        services.TryAddSingleton(sp =>
        {
            var options = configuration.GetSection(PersonalDataOptions.SectionName).Get<PersonalDataOptions>() ?? new PersonalDataOptions();
            var environment = sp.GetService<IHostEnvironment>();
            var developmentKeys = environment is null || environment.IsDevelopment() || environment.IsEnvironment("Demo");
            return PersonalDataProtector.Create(options, developmentKeys);
        });
        services.AddSingleton<IUnsafeSettingsCheck, PersonalDataUnsafeSettings>();
        services.AddTransient<PersonalDataReencryptionJob>();
        return services;
    }

    /// <summary>Registers a root entity of a module whose encrypted columns the re-encryption job rewrites.</summary>
    public static IServiceCollection AddPersonalDataRewrite<TContext, TEntity>(this IServiceCollection services)
        where TContext : ModuleDbContext
        where TEntity : class
    {
        services.AddScoped<IPersonalDataRewrite, EntityRewrite<TContext, TEntity>>();
        return services;
    }
}

/// <summary>Production refuses the built-in development keys and a configuration that cannot encrypt.</summary>
internal sealed class PersonalDataUnsafeSettings(PersonalDataProtector protector) : IUnsafeSettingsCheck
{
    public Task<IReadOnlyList<string>> FindAsync(CancellationToken cancellationToken)
    {
        var found = new List<string>();
        if (protector.Problem is { } problem)
        {
            found.Add(problem);
        }
        else if (protector.UsesDevelopmentKeys)
        {
            found.Add("PersonalData:Encryption:Keys or PersonalData:BlindIndex:Key is the built-in development key, which is public; set keys of your own (openssl rand -base64 32) before any real data is stored.");
        }

        return Task.FromResult<IReadOnlyList<string>>(found);
    }
}
