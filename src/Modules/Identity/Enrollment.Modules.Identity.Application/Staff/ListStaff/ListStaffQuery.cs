using Enrollment.Modules.Identity.Domain.Staff;
using Mapster;

namespace Enrollment.Modules.Identity.Application.Staff.ListStaff;

public sealed record ListStaffQuery : IQuery<IReadOnlyList<StaffDto>>;

internal sealed class ListStaffQueryHandler(IStaffRepository staff) : IQueryHandler<ListStaffQuery, IReadOnlyList<StaffDto>>
{
    public async ValueTask<IReadOnlyList<StaffDto>> Handle(ListStaffQuery query, CancellationToken cancellationToken) =>
        (await staff.ListAsync(cancellationToken)).Adapt<List<StaffDto>>(IdentityMapping.Config);
}
