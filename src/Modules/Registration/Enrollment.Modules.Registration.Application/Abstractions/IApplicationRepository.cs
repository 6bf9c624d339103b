using Enrollment.Modules.Regions.Contracts.Addresses;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Application.Abstractions;

public interface IApplicationRepository
{
    void Add(StudentApplication application);

    /// <summary>The parent's own, not deleted application; null otherwise, whoever else it belongs to.</summary>
    Task<StudentApplication?> GetOwnAsync(ApplicationId id, Guid parentAccountId, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="GetOwnAsync(ApplicationId, Guid, CancellationToken)"/>, for a write that names the
    /// version it was made on (If-Match): a different stored version stops it as a concurrency conflict (412).
    /// </summary>
    Task<StudentApplication?> GetOwnForUpdateAsync(ApplicationId id, Guid parentAccountId, int? expectedVersion, CancellationToken cancellationToken);

    /// <summary>Any not deleted application, whoever's (review decisions).</summary>
    Task<StudentApplication?> GetAsync(ApplicationId id, CancellationToken cancellationToken);

    /// <summary>Any application, deleted ones too (read only: the integrators' webhooks name deleted applications).</summary>
    Task<StudentApplication?> GetEvenDeletedAsync(ApplicationId id, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="GetAsync"/>, for a reviewer's decision made on <paramref name="expectedVersion"/>: a different
    /// stored version, or another decision saved between this read and the commit, is a concurrency conflict (412).
    /// </summary>
    Task<StudentApplication?> GetForDecisionAsync(ApplicationId id, int? expectedVersion, CancellationToken cancellationToken);

    Task<IReadOnlyList<StudentApplication>> ListOwnAsync(Guid parentAccountId, CancellationToken cancellationToken);

    /// <summary>The parent's applications in 填写中 (not deleted), in any season.</summary>
    Task<int> CountOpenDraftsAsync(Guid parentAccountId, CancellationToken cancellationToken);

    Task<bool> IsStudentRegisteredAsync(SeasonId seasonId, string studentLookupKey, ApplicationId except, CancellationToken cancellationToken);

    Task<bool> AnyInSeasonAsync(SeasonId seasonId, CancellationToken cancellationToken);

    /// <summary>The applications of the season still drafts (not deleted), with their owners.</summary>
    Task<IReadOnlyList<(ApplicationId Id, Guid ParentAccountId)>> ListDraftOwnersAsync(SeasonId seasonId, CancellationToken cancellationToken);

    /// <summary>These applications, deleted ones too, tracked for <see cref="StudentApplication.Anonymize"/>.</summary>
    Task<IReadOnlyList<StudentApplication>> ListForAnonymizationAsync(IReadOnlyCollection<ApplicationId> ids, CancellationToken cancellationToken);

    /// <summary>Whether a not deleted application names this school (and, when given, this class) on its student page.</summary>
    Task<bool> AnyChoosesSchoolAsync(Guid schoolId, Guid? classId, CancellationToken cancellationToken);
}

public interface ISeasonRepository
{
    void Add(Season season);

    void Remove(Season season);

    Task<Season?> GetAsync(SeasonId id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Season>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The season parents can act in now, or the nearest one that has not closed yet, so the answer can say when it opens.
    /// Read-only: it comes from the instance's season cache (ADR-0038), shared between requests, and is never saved.
    /// </summary>
    Task<Season?> GetCurrentAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// A season to read, not to change: from the instance's season cache (ADR-0038), shared between requests and never
    /// saved. A change loads its season with <see cref="GetAsync"/>.
    /// </summary>
    Task<Season?> GetForReadingAsync(SeasonId id, CancellationToken cancellationToken);

    Task<bool> OverlapsAsync(string homeCountyCode, DateTimeOffset opensAt, DateTimeOffset closesAt, SeasonId? except, CancellationToken cancellationToken);

    Task<bool> YearTakenAsync(string homeCountyCode, int year, SeasonId? except, CancellationToken cancellationToken);
}

public interface ISchoolRepository
{
    void Add(School school);

    void Remove(School school);

    Task<School?> GetAsync(SchoolId id, CancellationToken cancellationToken);

    /// <summary>The season's schools of one kind (or all), ordinary ones by sort order and name, 社会零星 last.</summary>
    Task<IReadOnlyList<School>> ListAsync(SeasonId seasonId, SchoolKind? kind, CancellationToken cancellationToken);

    Task<bool> NameTakenAsync(SeasonId seasonId, string name, SchoolId? except, CancellationToken cancellationToken);

    /// <summary>Every school of every season: id, kind and name only (a few hundred a season).</summary>
    Task<IReadOnlyList<(Guid Id, SchoolKind Kind, string Name)>> ListIdentitiesAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The port to the Regions module's address rule (<c>ValidateAddressRegionQuery</c>): in the home
/// county an address region must be a 村（社区）居委会, elsewhere at least a 街道（乡镇）.
/// </summary>
public interface IAddressRegionRules
{
    Task<AddressRegionVerdict> CheckAsync(string? regionCode, string homeCountyCode, CancellationToken cancellationToken);
}
