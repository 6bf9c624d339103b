using System.Security.Claims;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Evidence.Application.Evidences;
using Enrollment.Modules.Evidence.Application.Evidences.GetEvidence;
using Enrollment.Modules.Evidence.Application.Evidences.SaveEvidence;
using Enrollment.Modules.Evidence.Application.Evidences.SkipEvidence;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.Modules.Evidence.Infrastructure.Endpoints;

/// <summary>Pages 5–11 of the parent's wizard: <c>/api/v1/applications/{id}/evidence</c>. Descriptions and examples: <see cref="EvidenceExamples"/>.</summary>
internal static class EvidenceEndpoints
{
    public static void MapEvidenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/applications/{id:guid}/evidence")
            .WithTags("Eligibility evidence (parent)")
            .RequireAuthorization(ParentClaims.ParentPolicy)
            .RequireConsentForWrites();

        group.MapGet("/", GetAsync)
            .WithName("GetEvidence")
            .WithSummary("Pages 5–11 of one of my applications: saved fields, skipped (无此信息跳过) or not yet answered")
            .GetEvidenceDocs();

        Save<PropertyEvidenceInput>(group, "property", "SavePropertyEvidence", "Save page 5, 房产信息 (property)").PropertyDocs();
        Save<ResidencePermitEvidenceInput>(group, "residence-permit", "SaveResidencePermitEvidence", "Save page 6, 居住证信息 (residence permit)").ResidencePermitDocs();
        Save<EmploymentEvidenceInput>(group, "employment", "SaveEmploymentEvidence", "Save page 7, 务工信息 (employment)").EmploymentDocs();
        Save<BusinessEvidenceInput>(group, "business", "SaveBusinessEvidence", "Save page 8, 经商信息 (business)").BusinessDocs();
        Save<PreferentialCareEvidenceInput>(group, "preferential-care", "SavePreferentialCareEvidence", "Save page 9, 政策（优抚）照顾信息 (preferential care)").PreferentialCareDocs();
        Save<RelocationEvidenceInput>(group, "relocation", "SaveRelocationEvidence", "Save page 10, 拆迁安置协议信息 (relocation agreement)").RelocationDocs();
        Save<LongTermResidenceEvidenceInput>(group, "long-term-residence", "SaveLongTermResidenceEvidence", "Save page 11, 长期居住信息 (long-term residence)").LongTermResidenceDocs();

        group.MapPost("/{kind}/skip", SkipAsync)
            .WithName("SkipEvidence")
            .WithSummary("「无此信息跳过」 on one page (5–11): recorded with its time; replaces what the page held")
            .SkipDocs();
    }

    private static RouteHandlerBuilder Save<TInput>(RouteGroupBuilder group, string kind, string name, string summary)
        where TInput : EvidenceInput =>
        group.MapPut($"/{kind}", async Task<Ok<EvidencePageResult>> (Guid id, TInput request, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
                Answer(http, await sender.Send(new SaveEvidenceCommand(user.ParentAccountId(), id, request, ETags.IfMatch(http)), cancellationToken)))
            .WithName(name)
            .WithSummary(summary);

    private static async Task<Ok<EvidenceOverviewDto>> GetAsync(Guid id, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var evidence = await sender.Send(new GetEvidenceQuery(user.ParentAccountId(), id), cancellationToken);
        ETags.Set(http, evidence.Version);
        return TypedResults.Ok(evidence);
    }

    private static async Task<Ok<EvidencePageResult>> SkipAsync(Guid id, string kind, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
        Answer(http, await sender.Send(new SkipEvidenceCommand(user.ParentAccountId(), id, kind, ETags.IfMatch(http)), cancellationToken));

    private static Ok<EvidencePageResult> Answer(HttpContext http, EvidencePageResult result)
    {
        ETags.Set(http, result.Version);
        return TypedResults.Ok(result);
    }
}
