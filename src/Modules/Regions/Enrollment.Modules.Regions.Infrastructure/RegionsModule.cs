using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.Seeding;
using Enrollment.Modules.Regions.Application.Abstractions;
using Enrollment.Modules.Regions.Application.Importing.ImportRegions;
using Enrollment.Modules.Regions.Infrastructure.Endpoints;
using Enrollment.Modules.Regions.Infrastructure.Importing;
using Enrollment.Modules.Regions.Infrastructure.Persistence;
using Enrollment.Modules.Regions.Infrastructure.Seeding;
using Mediator;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.Modules.Regions.Infrastructure;

/// <summary>Wires the Regions module into the host.</summary>
public static class RegionsModule
{
    /// <summary>The authorization policy of the admin import; the host registers it (role <c>DistrictAdmin</c>).</summary>
    public const string DistrictAdminPolicy = RegionEndpoints.DistrictAdminPolicy;

    public static IServiceCollection AddRegionsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<RegionsDbContext, SqliteRegionsDbContext, PostgreSqlRegionsDbContext, SqlServerRegionsDbContext>(configuration, RegionsDbContext.SchemaName);
        services.Configure<RegionsOptions>(configuration.GetSection(RegionsOptions.SectionName));
        services.AddSingleton<RegionTreeCache>();
        services.AddSingleton<IRegionTreeProvider>(sp => sp.GetRequiredService<RegionTreeCache>());
        services.AddScoped<IRegionImporter, RegionImporter>();
        services.AddScoped<IModuleSeeder, RegionsSeeder>();
        services.AddHostedService<RegionTreeRefresher>();
        return services;
    }

    public static IEndpointRouteBuilder MapRegionsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRegionEndpoints();
        return endpoints;
    }

    /// <summary>
    /// The host verb <c>regions-import &lt;file&gt;</c>: imports a division file (tsv or tsv.gz) and
    /// prints what it did. Returns the process exit code: 0 done, 1 refused, 2 no such file.
    /// </summary>
    public static async Task<int> RunRegionsImportAsync(this IServiceProvider services, string? path, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            await output.WriteLineAsync($"usage: Enrollment.Host regions-import <file.tsv|file.tsv.gz>{(string.IsNullOrWhiteSpace(path) ? string.Empty : $" — no such file: {path}")}");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await using var file = File.OpenRead(path);
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ImportRegionsCommand(file, Path.GetFileName(path)), cancellationToken);
            await output.WriteLineAsync(
                $"regions-import {Path.GetFileName(path)}: {result.Total} lines, {result.Added} added, {result.Updated} updated, {result.Unchanged} unchanged; {result.Regions} regions stored, version {result.Version}, {result.ElapsedMilliseconds} ms");
            return 0;
        }
        catch (BusinessRuleValidationException refused)
        {
            await output.WriteLineAsync($"regions-import {Path.GetFileName(path)} refused, nothing imported: {refused.Error.Message}");
            return 1;
        }
    }
}
