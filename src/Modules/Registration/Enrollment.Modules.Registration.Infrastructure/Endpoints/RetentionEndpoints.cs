using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.Modules.Registration.Application.Retention.CancelRetentionReport;
using Enrollment.Modules.Registration.Application.Retention.ExecuteRetentionReport;
using Enrollment.Modules.Registration.Application.Retention.GetRetentionReports;
using Enrollment.Modules.Registration.Application.Retention.PlanRetention;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.Modules.Registration.Infrastructure.Endpoints;

/// <summary>
/// The retention of personal data (数据保留, ADR-0041): dry runs, their lists, execution and cancellation. Under
/// <c>/api/v1/admin/</c>, so every write is one <c>Configure</c> line of the audit trail; the runs themselves are audited
/// by the Review module from their integration events.
/// </summary>
internal static class RetentionEndpoints
{
    public static void MapRetentionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/v1/admin/retention/reports").WithTags("Admin: retention").RequireAuthorization(AdminEndpoints.DistrictAdminPolicy);

        reports.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListRetentionReportsQuery(), ct)))
            .WithName("AdminListRetentionReports")
            .WithSummary("Every retention report (dry run), newest first");
        reports.MapPost("/", async (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var report = (await sender.Send(new PlanRetentionCommand(http.User.Identity?.Name ?? "admin"), ct))!;
                return TypedResults.Created($"/api/v1/admin/retention/reports/{report.Id}", report);
            })
            .WithName("AdminPlanRetention")
            .WithSummary("Dry run: list every application whose season closed more than `Retention:DaysAfterSeasonCloses` days ago; nothing is changed")
            .AdminPlanRetentionDocs();
        reports.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetRetentionReportQuery(id), ct)))
            .WithName("AdminGetRetentionReport")
            .WithSummary("One report with its applications counted by season and status")
            .AdminRetentionReportDocs();
        reports.MapGet("/{id:guid}/applications", async (Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRetentionReportItemsQuery(id, page ?? 1, pageSize ?? 100), ct)))
            .WithName("AdminListRetentionReportApplications")
            .WithSummary("The applications a report lists (what its execution anonymizes), by id, with whether each is anonymized now")
            .AdminRetentionReportItemsDocs();
        reports.MapPost("/{id:guid}/execution", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Accepted($"/api/v1/admin/retention/reports/{id}", await sender.Send(new ExecuteRetentionReportCommand(id), ct)))
            .WithName("AdminExecuteRetention")
            .WithSummary("Carry out a planned report now (a background job): anonymizes the listed applications still due")
            .AdminExecuteRetentionDocs();
        reports.MapPost("/{id:guid}/cancellation", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new CancelRetentionReportCommand(id), ct)))
            .WithName("AdminCancelRetention")
            .WithSummary("Cancel a planned report: nothing it lists is anonymized")
            .AdminExecuteRetentionDocs();
    }
}
