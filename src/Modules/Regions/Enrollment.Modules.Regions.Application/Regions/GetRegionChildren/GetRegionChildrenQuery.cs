using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Regions.Application.Abstractions;
using Enrollment.Modules.Regions.Domain.Regions;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Regions.Application.Regions.GetRegionChildren;

/// <summary>The children of a node, sorted by code; <c>000000000000</c> (or null) lists the provinces.</summary>
public sealed record GetRegionChildrenQuery(string? Code) : IQuery<RegionChildrenDto>;

internal sealed class GetRegionChildrenQueryHandler(IRegionTreeProvider trees) : IQueryHandler<GetRegionChildrenQuery, RegionChildrenDto>
{
    public async ValueTask<RegionChildrenDto> Handle(GetRegionChildrenQuery query, CancellationToken cancellationToken)
    {
        var tree = await trees.GetAsync(cancellationToken);
        if (query.Code is null or RegionCodeText.Root)
        {
            return new RegionChildrenDto(tree.Version, null, Map(tree, tree.Provinces));
        }

        var index = RegionCode.TryParse(query.Code, out var code) ? tree.IndexOf(code) : -1;
        if (index < 0)
        {
            throw new NotFoundException("region", query.Code);
        }

        return new RegionChildrenDto(tree.Version, tree.ToDto(index), Map(tree, tree.ChildrenOf(index)));
    }

    private static RegionDto[] Map(RegionTree tree, ReadOnlySpan<int> indexes)
    {
        var items = new RegionDto[indexes.Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            items[i] = tree.ToDto(indexes[i]);
        }

        return items;
    }
}

internal sealed class GetRegionChildrenQueryValidator : AbstractValidator<GetRegionChildrenQuery>
{
    public GetRegionChildrenQueryValidator() =>
        RuleFor(q => q.Code).Must(c => c is null || RegionCodeText.IsValid(c)).WithMessage(RegionCodeText.Invalid);
}
