using Enrollment.Modules.Identity.Domain.Staff;
using Mapster;

namespace Enrollment.Modules.Identity.Application.Staff.GetStaff;

public sealed record GetStaffQuery(Guid Id) : IQuery<StaffDto>;

internal sealed class GetStaffQueryHandler(IStaffRepository staff) : IQueryHandler<GetStaffQuery, StaffDto>
{
    public async ValueTask<StaffDto> Handle(GetStaffQuery query, CancellationToken cancellationToken) =>
        (await staff.GetAsync(query.Id, cancellationToken) ?? throw new NotFoundException("staff", query.Id)).Adapt<StaffDto>(IdentityMapping.Config);
}
