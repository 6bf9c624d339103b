using Enrollment.BuildingBlocks.Infrastructure.Security;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;

namespace Enrollment.Host.Security;

/// <summary>The job dashboard answers this machine, and a DistrictAdmin signed in with the staff cookie.</summary>
internal sealed class JobDashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    private readonly LocalRequestsOnlyAuthorizationFilter _local = new();

    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        if (_local.Authorize(context))
        {
            return true;
        }

        var staff = await context.GetHttpContext().AuthenticateAsync("Staff");
        return staff.Succeeded && staff.Principal.IsInRole(StaffClaims.DistrictAdmin);
    }
}
