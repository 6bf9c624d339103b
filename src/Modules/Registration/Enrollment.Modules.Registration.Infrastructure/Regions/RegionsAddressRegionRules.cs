using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Regions.Contracts.Addresses;
using Enrollment.Modules.Regions.Contracts.Queries;
using Mediator;

namespace Enrollment.Modules.Registration.Infrastructure.Regions;

/// <summary>
/// The adapter of <see cref="IAddressRegionRules"/>: asks the Regions module through its contract
/// (<see cref="ValidateAddressRegionQuery"/>), whose answer names the region and says whether it is
/// deep enough (codes <c>region.unknown</c>, <c>region.too-shallow</c>, with the parent-facing message).
/// </summary>
internal sealed class RegionsAddressRegionRules(ISender sender) : IAddressRegionRules
{
    public async Task<AddressRegionVerdict> CheckAsync(string? regionCode, string homeCountyCode, CancellationToken cancellationToken)
    {
        var check = await sender.Send(new ValidateAddressRegionQuery(regionCode, homeCountyCode), cancellationToken);
        return AddressRegionVerdict.Of(check);
    }
}
