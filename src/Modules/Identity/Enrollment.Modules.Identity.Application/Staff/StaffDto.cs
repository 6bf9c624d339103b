using Enrollment.Modules.Identity.Domain.Staff;

namespace Enrollment.Modules.Identity.Application.Staff;

public sealed record StaffDto(Guid Id, string UserName, string DisplayName, StaffRole Role, IReadOnlyList<Guid> SchoolIds, bool Disabled, DateTimeOffset? LockedUntil);
