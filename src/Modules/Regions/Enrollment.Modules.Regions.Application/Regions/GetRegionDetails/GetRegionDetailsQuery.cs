using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Regions.Application.Abstractions;
using Enrollment.Modules.Regions.Domain.Regions;
using Enrollment.Modules.Regions.Domain.Regions.Rules;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Regions.Application.Regions.GetRegionDetails;

/// <summary>One node, its path and whether an address may stop there, given the season's home county (6 digits).</summary>
public sealed record GetRegionDetailsQuery(string Code, string HomeCountyCode) : IQuery<RegionDetailsDto>;

internal sealed class GetRegionDetailsQueryHandler(IRegionTreeProvider trees) : IQueryHandler<GetRegionDetailsQuery, RegionDetailsDto>
{
    public async ValueTask<RegionDetailsDto> Handle(GetRegionDetailsQuery query, CancellationToken cancellationToken)
    {
        var tree = await trees.GetAsync(cancellationToken);
        var index = RegionCode.TryParse(query.Code, out var code) ? tree.IndexOf(code) : -1;
        if (index < 0)
        {
            throw new NotFoundException("region", query.Code);
        }

        HomeCounty.TryParse(query.HomeCountyCode, out var homeCounty);
        var inHomeCounty = tree.IsWithinCounty(index, homeCounty);
        var rule = new AddressRegionMustReachRequiredLevelRule(tree.LevelAt(index), tree.HasChildren(index), inHomeCounty);
        var broken = rule.IsBroken();
        var parent = tree.ParentAt(index);
        return new RegionDetailsDto(
            tree.Version,
            tree.ToDto(index),
            tree.FullNameOf(index),
            parent < 0 ? null : RegionCode.Format(tree.CodeAt(parent)),
            [.. tree.PathOf(index).Select(tree.ToDto)],
            HomeCounty.Format(homeCounty),
            !broken,
            AddressRegionMustReachRequiredLevelRule.RequiredLevel(inHomeCounty).ToString(),
            broken ? rule.Code : null,
            broken ? rule.Message : null);
    }
}

internal sealed class GetRegionDetailsQueryValidator : AbstractValidator<GetRegionDetailsQuery>
{
    public GetRegionDetailsQueryValidator()
    {
        RuleFor(q => q.Code).Must(c => RegionCode.TryParse(c, out _)).WithMessage(RegionCodeText.Invalid);
        RuleFor(q => q.HomeCountyCode).Must(c => HomeCounty.TryParse(c, out _)).WithMessage("本地区县代码应为 6 位县级区划代码")
            .OverridePropertyName("homeCounty"); // the query string's name (?homeCounty=)
    }
}
