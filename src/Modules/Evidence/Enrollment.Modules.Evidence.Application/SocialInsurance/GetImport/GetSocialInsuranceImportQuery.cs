using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.SocialInsurance.GetImport;

/// <summary>An import's progress (404 when there is no such import).</summary>
public sealed record GetSocialInsuranceImportQuery(Guid ImportId) : IQuery<SocialInsuranceImportDto>;

internal sealed class GetSocialInsuranceImportQueryHandler(ISocialInsuranceImportRepository imports) : IQueryHandler<GetSocialInsuranceImportQuery, SocialInsuranceImportDto>
{
    public async ValueTask<SocialInsuranceImportDto> Handle(GetSocialInsuranceImportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var import = await imports.GetAsync(query.ImportId, cancellationToken) ?? throw new NotFoundException("social-insurance import", query.ImportId);
        return SocialInsuranceImportDto.From(import);
    }
}
