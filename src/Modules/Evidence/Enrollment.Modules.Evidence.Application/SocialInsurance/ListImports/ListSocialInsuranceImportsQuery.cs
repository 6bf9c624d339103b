using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Application.SocialInsurance.GetImport;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.SocialInsurance.ListImports;

/// <summary>The latest imports, newest first (at most <see cref="Take"/>), with their progress.</summary>
public sealed record ListSocialInsuranceImportsQuery : IQuery<IReadOnlyList<SocialInsuranceImportDto>>
{
    public const int Take = 50;
}

internal sealed class ListSocialInsuranceImportsQueryHandler(ISocialInsuranceImportRepository imports)
    : IQueryHandler<ListSocialInsuranceImportsQuery, IReadOnlyList<SocialInsuranceImportDto>>
{
    public async ValueTask<IReadOnlyList<SocialInsuranceImportDto>> Handle(ListSocialInsuranceImportsQuery query, CancellationToken cancellationToken) =>
        [.. (await imports.ListLatestAsync(ListSocialInsuranceImportsQuery.Take, cancellationToken)).Select(SocialInsuranceImportDto.From)];
}
