using Enrollment.Modules.Registration.Application.Schools;
using Enrollment.Modules.Registration.Application.Seasons;
using Enrollment.Modules.Registration.Domain.Applications;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.Modules.Registration.Infrastructure.Endpoints;

/// <summary>What parents read before and while filling in: the current season and the graduation schools.</summary>
internal static class CatalogueEndpoints
{
    public static void MapCatalogueEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/seasons/current", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetCurrentSeasonQuery(), cancellationToken)))
            .WithTags("Seasons")
            .WithName("GetCurrentSeason")
            .WithSummary("The open season (or the next to open): dates, age windows, policy parameters; `isOpen` says whether parents may write now")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();

        var schools = endpoints.MapGroup("/api/v1/schools").WithTags("Schools").AllowAnonymous();

        schools.MapGet("/", ListSchoolsAsync)
            .WithName("ListSchools")
            .WithSummary("Graduation schools of the current season: kindergartens for `KindergartenGraduate`, primary schools for `PrimaryGraduate`; 社会零星幼儿园/社会零星小学 last")
            .ProducesValidationProblem();

        schools.MapGet("/{id:guid}/classes", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListClassesQuery(id), cancellationToken)))
            .WithName("ListClasses")
            .WithSummary("The classes of a graduation school (社会零星: only 零班)")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<IReadOnlyList<SchoolDto>>, ValidationProblem>> ListSchoolsAsync(string? graduationType, ISender sender, CancellationToken cancellationToken)
    {
        GraduationType? type = null;
        if (!string.IsNullOrEmpty(graduationType))
        {
            if (!Enum.TryParse<GraduationType>(graduationType, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(graduationType, out _))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["graduationType"] = ["请选择毕业类型"] });
            }

            type = parsed;
        }

        return TypedResults.Ok(await sender.Send(new ListSchoolsQuery(type), cancellationToken));
    }
}
