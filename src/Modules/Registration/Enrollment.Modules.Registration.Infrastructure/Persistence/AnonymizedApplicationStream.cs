using System.Runtime.CompilerServices;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Registration.Application.Applications.ForStatistics;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

/// <summary>The anonymized submitted applications, only the columns the statistics count, streamed.</summary>
internal sealed class AnonymizedApplicationStream(RegistrationDbContext context) : IAnonymizedApplicationStream
{
    public async IAsyncEnumerable<AnonymizedApplicationSummary> StreamAsync(
        IReadOnlyCollection<Guid>? allowedSchoolIds,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var applications = context.Applications.AsNoTracking()
            .Where(a => a.AnonymizedAt != null && !a.IsDeleted && a.Status != ApplicationStatus.Draft);
        if (allowedSchoolIds is not null)
        {
            List<Guid?> allowed = [.. allowedSchoolIds.Distinct().Select(id => (Guid?)id)];
            applications = applications.Where(a => allowed.Contains(a.RetainedGraduationSchoolId));
        }

        var schools = await context.Schools.AsNoTracking().Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id.Value, s => s.Name, cancellationToken);
        var rows = applications
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Status, a.GraduationType, a.RetainedGraduationSchoolId, a.SubmittedAt, a.UpdatedAt })
            .AsUnbufferedAsyncEnumerable(context, cancellationToken);
        await foreach (var r in rows)
        {
            var schoolId = r.RetainedGraduationSchoolId ?? Guid.Empty;
            yield return new AnonymizedApplicationSummary(
                r.Id.Value, r.Status.ToString(), r.GraduationType.ToString(), schoolId, schools.GetValueOrDefault(schoolId), r.SubmittedAt ?? r.UpdatedAt);
        }
    }
}
