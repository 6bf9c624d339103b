using Enrollment.Modules.Regions.Application.Abstractions;
using Enrollment.Modules.Regions.Contracts.Queries;
using Enrollment.Modules.Regions.Domain.Regions;
using Enrollment.Modules.Regions.Domain.Regions.Rules;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Regions.Application.Regions.ValidateAddressRegion;

/// <summary>Answers the last-level rule for other modules; never throws for a bad region code, only reports it.</summary>
internal sealed class ValidateAddressRegionQueryHandler(IRegionTreeProvider trees) : IQueryHandler<ValidateAddressRegionQuery, AddressRegionCheck>
{
    public async ValueTask<AddressRegionCheck> Handle(ValidateAddressRegionQuery query, CancellationToken cancellationToken)
    {
        var tree = await trees.GetAsync(cancellationToken);
        HomeCounty.TryParse(query.HomeCountyCode, out var homeCounty);
        return Check(tree, query.RegionCode, homeCounty);
    }

    public static AddressRegionCheck Check(RegionTree tree, string? regionCode, long homeCounty)
    {
        var index = RegionCode.TryParse(regionCode, out var code) ? tree.IndexOf(code) : -1;
        var known = new AddressRegionMustBeKnownRule(index >= 0);
        if (known.IsBroken())
        {
            return new AddressRegionCheck(false, known.Code, known.Message, null);
        }

        var deepEnough = new AddressRegionMustReachRequiredLevelRule(tree.LevelAt(index), tree.HasChildren(index), tree.IsWithinCounty(index, homeCounty));
        var region = tree.ToSummary(index);
        return deepEnough.IsBroken()
            ? new AddressRegionCheck(false, deepEnough.Code, deepEnough.Message, region)
            : new AddressRegionCheck(true, null, null, region);
    }
}

/// <summary>The home county comes from the caller's season; a malformed one is the caller's bug.</summary>
internal sealed class ValidateAddressRegionQueryValidator : AbstractValidator<ValidateAddressRegionQuery>
{
    public ValidateAddressRegionQueryValidator() =>
        RuleFor(q => q.HomeCountyCode).Must(c => HomeCounty.TryParse(c, out _)).WithMessage("本地区县代码应为 6 位县级区划代码");
}
