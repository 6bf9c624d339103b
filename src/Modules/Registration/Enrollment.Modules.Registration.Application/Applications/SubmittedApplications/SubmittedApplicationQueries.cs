using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.SubmittedApplications;

/// <summary>
/// The read side behind <see cref="ListSubmittedApplicationsQuery"/> and <see cref="GetSubmittedApplicationQuery"/>:
/// filtering, scope and paging happen in the database.
/// </summary>
public interface ISubmittedApplicationReader
{
    Task<SubmittedApplicationPage> ListAsync(ListSubmittedApplicationsQuery query, CancellationToken cancellationToken);

    /// <summary>Null when missing, a draft, deleted, or outside the allowed schools.</summary>
    Task<SubmittedApplication?> GetAsync(Guid applicationId, IReadOnlyCollection<Guid>? allowedSchoolIds, CancellationToken cancellationToken);
}

internal sealed class ListSubmittedApplicationsQueryHandler(ISubmittedApplicationReader reader)
    : IQueryHandler<ListSubmittedApplicationsQuery, SubmittedApplicationPage>
{
    public async ValueTask<SubmittedApplicationPage> Handle(ListSubmittedApplicationsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var normalized = query with
        {
            Page = Math.Max(1, query.Page),
            PageSize = Math.Clamp(query.PageSize, 1, ListSubmittedApplicationsQuery.MaxPageSize),
            Search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim(),
        };
        return await reader.ListAsync(normalized, cancellationToken);
    }
}

internal sealed class GetSubmittedApplicationQueryHandler(ISubmittedApplicationReader reader)
    : IQueryHandler<GetSubmittedApplicationQuery, SubmittedApplication>
{
    public async ValueTask<SubmittedApplication> Handle(GetSubmittedApplicationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await reader.GetAsync(query.ApplicationId, query.AllowedSchoolIds, cancellationToken)
            ?? throw new NotFoundException("application", query.ApplicationId);
    }
}

/// <summary>From the aggregate to the contract's whole application.</summary>
internal static class SubmittedApplicationMapping
{
    public static SubmittedApplication ToSubmitted(this StudentApplication application, Domain.Schools.School? school)
    {
        ArgumentNullException.ThrowIfNull(application);
        var student = application.Student
            ?? throw new InvalidOperationException($"Submitted application {application.Id} has no student page.");
        var schoolId = student.GraduationSchoolId ?? Guid.Empty;
        var ownSchool = school is not null && school.Id.Value == schoolId ? school : null;
        return new SubmittedApplication(
            application.Id.Value,
            application.SeasonId.Value,
            application.GraduationType.ToString(),
            application.GraduationType.Chinese(),
            application.Status.ToString(),
            application.Status.Chinese(),
            application.Version,
            new SubmittedStudent(
                student.Name.Value,
                student.ResidentId.Value,
                student.Gender.ToString(),
                student.BirthDate,
                student.FormerName?.Value,
                student.EthnicityCode,
                Domain.Students.Ethnicity.Find(student.EthnicityCode)?.Name,
                schoolId,
                ownSchool?.Name,
                student.GraduationClassId ?? Guid.Empty,
                ownSchool?.Classes.FirstOrDefault(c => c.Id == student.GraduationClassId)?.Name,
                student.BirthCertificateNumber?.Value,
                student.OverAgeConfirmed),
            application.Father is { } father ? ToSubmitted(father) : null,
            application.Mother is { } mother ? ToSubmitted(mother) : null,
            application.Household is { } h
                ? new SubmittedHousehold(
                    h.Type.ToString(), h.RegionCode, h.RegionName, h.AddressDetail, h.Community,
                    h.HouseholderName.Value, h.HouseholderResidentId.Value, h.RelationToHouseholder, h.GuardianOnSameBooklet?.ToString())
                : null,
            application.ReturnReasons,
            application.SubmittedAt ?? application.UpdatedAt,
            application.UpdatedAt);
    }

    private static SubmittedGuardian ToSubmitted(Domain.Applications.Guardian guardian) => new(
        guardian.Name.Value, guardian.ResidentId.Value, guardian.Mobile, guardian.RegionCode, guardian.RegionName, guardian.AddressDetail);
}
