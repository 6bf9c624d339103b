using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Articles;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using Enrollment.Modules.Registration.Infrastructure.Seasons;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

internal sealed class ApplicationRepository(RegistrationDbContext context) : IApplicationRepository
{
    // Every wizard request loads the parent's own application (and Evidence's pages once more through its contract
    // query): translated once per model instead of looked up in EF's query cache each time (ADR-0048).
    private static readonly ModelCompiledQuery<RegistrationDbContext, ApplicationId, Guid, StudentApplication?> OwnApplication = new(
        (db, id, parentAccountId, _) => db.Applications.SingleOrDefault(a => a.Id == id && a.ParentAccountId == parentAccountId && !a.IsDeleted));

    public void Add(StudentApplication application) => context.Applications.Add(application);

    public Task<StudentApplication?> GetOwnAsync(ApplicationId id, Guid parentAccountId, CancellationToken cancellationToken) =>
        OwnApplication.RunAsync(context, id, parentAccountId, cancellationToken);

    public async Task<StudentApplication?> GetOwnForUpdateAsync(ApplicationId id, Guid parentAccountId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var application = await GetOwnAsync(id, parentAccountId, cancellationToken);
        if (application is not null && expectedVersion is { } expected)
        {
            // If-Match: the parent edited what another device has changed since.
            if (application.Version != expected)
            {
                throw new ConcurrencyConflictException(new InvalidOperationException(
                    $"Application {id} is at version {application.Version}, the request was made on version {expected}."));
            }

            // And should another request save between this read and the commit, the version column stops it.
            context.Entry(application).Property(a => a.Version).OriginalValue = expected;
        }

        return application;
    }

    public Task<StudentApplication?> GetAsync(ApplicationId id, CancellationToken cancellationToken) =>
        context.Applications.SingleOrDefaultAsync(a => a.Id == id && !a.IsDeleted, cancellationToken);

    public Task<StudentApplication?> GetEvenDeletedAsync(ApplicationId id, CancellationToken cancellationToken) =>
        context.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<StudentApplication?> GetForDecisionAsync(ApplicationId id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var application = await GetAsync(id, cancellationToken);
        if (application is not null && expectedVersion is { } expected)
        {
            if (application.Version != expected)
            {
                throw new ConcurrencyConflictException(new InvalidOperationException(
                    $"Application {id} is at version {application.Version}, the decision was made on version {expected}."));
            }

            context.Entry(application).Property(a => a.Version).OriginalValue = expected;
        }

        return application;
    }

    public async Task<IReadOnlyList<StudentApplication>> ListOwnAsync(Guid parentAccountId, CancellationToken cancellationToken) =>
        await context.Applications.Where(a => a.ParentAccountId == parentAccountId && !a.IsDeleted).ToListAsync(cancellationToken);

    public Task<int> CountOpenDraftsAsync(Guid parentAccountId, CancellationToken cancellationToken) =>
        context.Applications.CountAsync(a => a.ParentAccountId == parentAccountId && !a.IsDeleted && a.Status == ApplicationStatus.Draft, cancellationToken);

    public Task<bool> IsStudentRegisteredAsync(SeasonId seasonId, string studentLookupKey, ApplicationId except, CancellationToken cancellationToken) =>
        context.Applications.AnyAsync(
            a => a.SeasonId == seasonId && a.StudentLookupKey == studentLookupKey && a.Id != except && !a.IsDeleted,
            cancellationToken);

    public async Task<IReadOnlyList<(ApplicationId Id, Guid ParentAccountId)>> ListDraftOwnersAsync(SeasonId seasonId, CancellationToken cancellationToken) =>
        [.. (await context.Applications.AsNoTracking()
            .Where(a => a.SeasonId == seasonId && a.Status == ApplicationStatus.Draft && !a.IsDeleted)
            .OrderBy(a => a.CreatedAt)
            .Select(a => new { a.Id, a.ParentAccountId })
            .ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.ParentAccountId))];

    public Task<bool> AnyInSeasonAsync(SeasonId seasonId, CancellationToken cancellationToken) =>
        context.Applications.AnyAsync(a => a.SeasonId == seasonId, cancellationToken);

    public async Task<IReadOnlyList<StudentApplication>> ListForAnonymizationAsync(IReadOnlyCollection<ApplicationId> ids, CancellationToken cancellationToken)
    {
        List<ApplicationId> wanted = [.. ids];
        return await context.Applications.Where(a => wanted.Contains(a.Id)).ToListAsync(cancellationToken);
    }

    public Task<bool> AnyChoosesSchoolAsync(Guid schoolId, Guid? classId, CancellationToken cancellationToken) =>
        context.Applications.AnyAsync(
            a => !a.IsDeleted
                && a.Student != null
                && a.Student.GraduationSchoolId == schoolId
                && (classId == null || a.Student.GraduationClassId == classId),
            cancellationToken);
}

internal sealed class SeasonRepository(RegistrationDbContext context, SeasonCache cache) : ISeasonRepository
{
    public void Add(Season season) => context.Seasons.Add(season);

    public void Remove(Season season) => context.Seasons.Remove(season);

    public Task<Season?> GetAsync(SeasonId id, CancellationToken cancellationToken) =>
        context.Seasons.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Season>> ListAsync(CancellationToken cancellationToken) =>
        await context.Seasons.OrderByDescending(s => s.OpensAt).ToListAsync(cancellationToken);

    public async Task<Season?> GetCurrentAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        (await CachedAsync(cancellationToken))
            .Where(s => s.ClosesAt > now)
            .OrderBy(s => s.OpensAt)
            .FirstOrDefault();

    public async Task<Season?> GetForReadingAsync(SeasonId id, CancellationToken cancellationToken) =>
        (await CachedAsync(cancellationToken)).FirstOrDefault(s => s.Id == id);

    // Every season, untracked, from this instance's short-lived cache (ADR-0038): a handful of rows.
    private async Task<IReadOnlyList<Season>> CachedAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGet() is { } cached)
        {
            return cached;
        }

        var generation = cache.Generation;
        var seasons = await context.Seasons.AsNoTracking().ToListAsync(cancellationToken);
        cache.Store(seasons, generation);
        return seasons;
    }

    public Task<bool> OverlapsAsync(string homeCountyCode, DateTimeOffset opensAt, DateTimeOffset closesAt, SeasonId? except, CancellationToken cancellationToken)
    {
        var opens = opensAt.ToUniversalTime();
        var closes = closesAt.ToUniversalTime();
        return context.Seasons.AnyAsync(
            s => s.HomeCountyCode == homeCountyCode && (except == null || s.Id != except) && s.OpensAt < closes && opens < s.ClosesAt,
            cancellationToken);
    }

    public Task<bool> YearTakenAsync(string homeCountyCode, int year, SeasonId? except, CancellationToken cancellationToken) =>
        context.Seasons.AnyAsync(s => s.HomeCountyCode == homeCountyCode && s.Year == year && (except == null || s.Id != except), cancellationToken);
}

internal sealed class SchoolRepository(RegistrationDbContext context) : ISchoolRepository
{
    public void Add(School school) => context.Schools.Add(school);

    public void Remove(School school) => context.Schools.Remove(school);

    public Task<School?> GetAsync(SchoolId id, CancellationToken cancellationToken) =>
        context.Schools.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<IReadOnlyList<(Guid Id, SchoolKind Kind, string Name)>> ListIdentitiesAsync(CancellationToken cancellationToken) =>
        [.. (await context.Schools.AsNoTracking().Select(s => new { s.Id, s.Kind, s.Name }).ToListAsync(cancellationToken))
            .Select(s => (s.Id.Value, s.Kind, s.Name))];

    public async Task<IReadOnlyList<School>> ListAsync(SeasonId seasonId, SchoolKind? kind, CancellationToken cancellationToken)
    {
        var schools = await context.Schools
            .Where(s => s.SeasonId == seasonId && (kind == null || s.Kind == kind))
            .ToListAsync(cancellationToken);
        // 社会零星 last; the others by the admin's order, then by name (pinyin order under zh-CN).
        var chinese = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), ignoreCase: false);
        return [.. schools.OrderBy(s => s.IsScattered).ThenBy(s => s.SortOrder).ThenBy(s => s.Name, chinese).ThenBy(s => s.Kind)];
    }

    public Task<bool> NameTakenAsync(SeasonId seasonId, string name, SchoolId? except, CancellationToken cancellationToken) =>
        context.Schools.AnyAsync(s => s.SeasonId == seasonId && s.Name == name && (except == null || s.Id != except), cancellationToken);
}

internal sealed class ArticleRepository(RegistrationDbContext context) : IArticleRepository
{
    public void Add(Article article) => context.Articles.Add(article);

    public void Remove(Article article) => context.Articles.Remove(article);

    public Task<Article?> GetAsync(ArticleId id, CancellationToken cancellationToken) =>
        context.Articles.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Article>> ListAsync(bool publishedOnly, CancellationToken cancellationToken)
    {
        // A few dozen articles at most: ordered here, the same on every provider.
        var articles = await context.Articles.Where(a => !publishedOnly || a.IsPublished).ToListAsync(cancellationToken);
        return [.. articles
            .OrderBy(a => a.SortOrder)
            .ThenByDescending(a => a.PublishedAt ?? DateTimeOffset.MaxValue)
            .ThenByDescending(a => a.UpdatedAt)];
    }
}
