using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Regions.Application.Abstractions;
using Enrollment.Modules.Regions.Domain.Regions;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Regions.Application.Regions.SearchRegions;

/// <summary>Regions by name: exact, then prefix, then contains; optionally only under one node.</summary>
public sealed record SearchRegionsQuery(string? Text, int Limit, string? Within) : IQuery<RegionSearchDto>
{
    public const int DefaultLimit = 20;

    public const int MaxLimit = 50;

    public const int MaxTextLength = 30;
}

internal sealed class SearchRegionsQueryHandler(IRegionTreeProvider trees) : IQueryHandler<SearchRegionsQuery, RegionSearchDto>
{
    public async ValueTask<RegionSearchDto> Handle(SearchRegionsQuery query, CancellationToken cancellationToken)
    {
        var tree = await trees.GetAsync(cancellationToken);
        var within = -1;
        if (!string.IsNullOrEmpty(query.Within))
        {
            within = RegionCode.TryParse(query.Within, out var code) ? tree.IndexOf(code) : -1;
            if (within < 0)
            {
                throw new NotFoundException("region", query.Within);
            }
        }

        var text = query.Text!.Trim();
        var hits = tree.Search(text, query.Limit, within)
            .Select(i =>
            {
                var dto = tree.ToDto(i);
                return new RegionSearchHitDto(dto.Code, dto.Name, dto.Level, dto.Kind, tree.FullNameOf(i));
            })
            .ToList();
        return new RegionSearchDto(tree.Version, text, hits);
    }
}

internal sealed class SearchRegionsQueryValidator : AbstractValidator<SearchRegionsQuery>
{
    public SearchRegionsQueryValidator()
    {
        // Reported under the names of the query string (?q=, ?within=), which is what the caller sent.
        RuleFor(q => q.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("请输入要查找的名称")
            .MaximumLength(SearchRegionsQuery.MaxTextLength).WithMessage($"名称最多 {SearchRegionsQuery.MaxTextLength} 个字")
            .OverridePropertyName("q");
        RuleFor(q => q.Limit).InclusiveBetween(1, SearchRegionsQuery.MaxLimit).WithMessage($"limit 应在 1 到 {SearchRegionsQuery.MaxLimit} 之间");
        RuleFor(q => q.Within).Must(w => string.IsNullOrEmpty(w) || RegionCode.TryParse(w, out _)).WithMessage(RegionCodeText.Invalid);
    }
}
