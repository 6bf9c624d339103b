using Enrollment.BuildingBlocks.Infrastructure.Seeding;
using Enrollment.Modules.Review.Domain.ReturnReasons;
using Enrollment.Modules.Review.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Review.Infrastructure.Seeding;

/// <summary>A new installation starts with the usual return reasons, which the district admin then edits; never touches an existing list.</summary>
internal sealed class ReturnReasonSeeder(ReviewDbContext context) : IModuleSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await context.ReturnReasons.AnyAsync(cancellationToken))
        {
            return;
        }

        context.ReturnReasons.AddRange(ReturnReasonOption.Defaults());
        await context.SaveChangesAsync(cancellationToken);
    }
}
