using Enrollment.Modules.Regions.Application.Abstractions;
using Enrollment.Modules.Regions.Contracts.Queries;
using Enrollment.Modules.Regions.Domain.Regions;
using Mediator;

namespace Enrollment.Modules.Regions.Application.Regions.GetRegion;

internal sealed class GetRegionQueryHandler(IRegionTreeProvider trees) : IQueryHandler<GetRegionQuery, RegionSummary?>
{
    public async ValueTask<RegionSummary?> Handle(GetRegionQuery query, CancellationToken cancellationToken)
    {
        var tree = await trees.GetAsync(cancellationToken);
        var index = RegionCode.TryParse(query.Code, out var code) ? tree.IndexOf(code) : -1;
        return index < 0 ? null : tree.ToSummary(index);
    }
}
