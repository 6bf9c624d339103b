using Enrollment.Modules.Regions.Domain.Regions;

namespace Enrollment.Modules.Regions.Application.Abstractions;

/// <summary>
/// The current division tree, loaded once from the module's database and shared read-only;
/// replaced as a whole after an import (ADR-0009). After the first load this never waits.
/// </summary>
public interface IRegionTreeProvider
{
    ValueTask<RegionTree> GetAsync(CancellationToken cancellationToken);
}
