using Enrollment.Modules.Registration.Application.Applications;
using Enrollment.Modules.Registration.Application.Applications.SubmittedApplications;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Students;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

/// <summary>
/// Submitted applications for other modules: filters, data scope, count and page run in the database
/// (translated on SQLite, PostgreSQL and SQL Server); only the page's rows and their schools are read.
/// </summary>
internal sealed class SubmittedApplicationReader(RegistrationDbContext context) : ISubmittedApplicationReader
{
    public async Task<SubmittedApplicationPage> ListAsync(ListSubmittedApplicationsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await PageAsync(query, await PostingsAsync(query, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The page of <paramref name="query"/>, its name search's grams counted (<paramref name="postings"/>, as
    /// <see cref="PostingsAsync"/> reads them). A search through the grams reads its matches once for both the page and
    /// the total (<see cref="CandidatesPageAsync"/>, ADR-0050); every other query reads the page in a queue index's order
    /// and counts only when the page does not tell (<see cref="PageAsync(ListSubmittedApplicationsQuery, IQueryable{StudentApplication}?, CancellationToken)"/>).
    /// </summary>
    internal Task<SubmittedApplicationPage> PageAsync(ListSubmittedApplicationsQuery query, IReadOnlyList<(string Gram, int Postings)> postings, CancellationToken cancellationToken)
    {
        var applications = Matching(query, postings);
        return applications is not null && ThroughGrams(postings)
            ? CandidatesPageAsync(query, applications, cancellationToken)
            : PageAsync(query, applications, cancellationToken);
    }

    /// <summary>The page of <paramref name="query"/> over the <paramref name="applications"/> it matches (null: none).</summary>
    internal async Task<SubmittedApplicationPage> PageAsync(ListSubmittedApplicationsQuery query, IQueryable<StudentApplication>? applications, CancellationToken cancellationToken)
    {
        var empty = new SubmittedApplicationPage([], 0, query.Page, query.PageSize);
        if (applications is null)
        {
            return empty;
        }

        // The page first (an index range in the queue's order, ADR-0042), then the count only when the page does not
        // tell it: a page that is neither full nor (past the first) empty is the last one, so it gives the total.
        var skip = (query.Page - 1) * query.PageSize;
        var rows = await Lines(Ordered(applications, query.Sort, query.Ascending)).Skip(skip).Take(query.PageSize).ToListAsync(cancellationToken);
        var (total, exact) = rows.Count < query.PageSize && (rows.Count > 0 || skip == 0)
            ? (skip + rows.Count, true)
            : await CountAsync(applications, query.CountLimit is { } limit ? Math.Max(limit, skip + query.PageSize + 1) : null, cancellationToken);
        if (total == 0)
        {
            return empty;
        }

        return new SubmittedApplicationPage(await SummariesAsync(rows, cancellationToken), total, query.Page, query.PageSize) { TotalExact = exact };
    }

    /// <summary>
    /// The page of a name search through the grams (ADR-0050): the candidates are few (fewer than the rarest gram's
    /// postings, <see cref="DenseGramPostings"/>) but each costs a read of its application, so they are read once — one
    /// statement returns the matches' ids in the queue's order, as far as the count goes (the count's limit, ADR-0046, or
    /// all of them) — their number is the total, the page is cut from them, and its lines are read by id. The database
    /// orders the ids with the same <see cref="Ordered">ORDER BY</see> as every page, so the lines come in the order
    /// they always had. The lines are read through <see cref="Submitted"/> (the data scope applied again): an application
    /// that left the queue between the two statements is left out of the page rather than shown.
    /// </summary>
    private async Task<SubmittedApplicationPage> CandidatesPageAsync(ListSubmittedApplicationsQuery query, IQueryable<StudentApplication> applications, CancellationToken cancellationToken)
    {
        var skip = (query.Page - 1) * query.PageSize;
        var ordered = Ordered(applications, query.Sort, query.Ascending).Select(a => a.Id);
        int? upTo = query.CountLimit is { } limit ? Math.Max(limit, skip + query.PageSize + 1) : null;
        var matches = await (upTo is { } n ? ordered.Take(n) : ordered).ToListAsync(cancellationToken);
        if (matches.Count == 0)
        {
            return new SubmittedApplicationPage([], 0, query.Page, query.PageSize);
        }

        List<ApplicationId> page = [.. matches.Skip(skip).Take(query.PageSize)];
        var rows = page.Count == 0
            ? []
            : await Lines(Submitted(query.AllowedSchoolIds).Where(a => page.Contains(a.Id))).ToListAsync(cancellationToken);
        var position = page.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        rows.Sort((x, y) => position[x.Id].CompareTo(position[y.Id]));
        return new SubmittedApplicationPage(await SummariesAsync(rows, cancellationToken), matches.Count, query.Page, query.PageSize) { TotalExact = matches.Count != upTo };
    }

    /// <summary>A page's lines with their schools' and classes' names (the schools in one query).</summary>
    private async Task<List<SubmittedApplicationSummary>> SummariesAsync(List<QueueRow> rows, CancellationToken cancellationToken)
    {
        var schools = await SchoolsAsync(rows.Select(r => r.GraduationSchoolId), cancellationToken);
        return [.. rows.Select(r => Summary(r, schools))];
    }

    /// <summary>
    /// The matching applications, counted up to <paramref name="upTo"/> (null: all of them; ADR-0046). A limited count reads
    /// at most that many entries of a queue index (in the queue's default order, which every queue index serves, so the
    /// database stops there); reaching it means "at least this many".
    /// </summary>
    private static async Task<(int Total, bool Exact)> CountAsync(IQueryable<StudentApplication> applications, int? upTo, CancellationToken cancellationToken)
    {
        if (upTo is not { } limit)
        {
            return (await applications.CountAsync(cancellationToken), true);
        }

        var counted = await applications.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).Take(limit).CountAsync(cancellationToken);
        return (counted, counted < limit);
    }

    /// <summary>
    /// A name search counts the applications holding each of its grams (ADR-0049) up to this many: a search whose every
    /// gram is at least this common matches densely enough to be found by walking the queue in its order instead.
    /// </summary>
    internal const int DenseGramPostings = 20_000;

    /// <summary>The grams of a long search that are counted (its last ones: a given name tells more than a surname).</summary>
    private const int GramsCounted = 6;

    /// <summary>
    /// The filtered applications (not yet ordered nor paged); null when the filters cannot match anything. A name search
    /// first reads how common its grams are (ADR-0049).
    /// </summary>
    internal async Task<IQueryable<StudentApplication>?> MatchingAsync(ListSubmittedApplicationsQuery query, CancellationToken cancellationToken) =>
        Matching(query, await PostingsAsync(query, cancellationToken));

    /// <summary>
    /// How many applications hold each gram of the query's name search, each counted only as far as the rarest so far
    /// (empty without a name search; it stops at a gram no application holds).
    /// </summary>
    internal async Task<IReadOnlyList<(string Gram, int Postings)>> PostingsAsync(ListSubmittedApplicationsQuery query, CancellationToken cancellationToken)
    {
        var name = NameSearchOf(query);
        if (name is null || !name.CanMatch)
        {
            return [];
        }

        var counted = new List<(string Gram, int Postings)>();
        var upTo = DenseGramPostings;
        foreach (var gram in name.Grams.Reverse().Take(GramsCounted))
        {
            // Each gram's applications are counted only as far as the rarest so far: more tells nothing.
            var postings = await Postings(gram, upTo).CountAsync(cancellationToken);
            counted.Add((gram, postings));
            if (postings == 0)
            {
                break;
            }

            upTo = Math.Min(upTo, postings);
        }

        return counted;
    }

    /// <summary>
    /// Whether a name search with these counted grams reads the rarest gram's applications as its candidates (<see
    /// cref="ByName"/>): every gram held by some application, one of them by fewer than <see cref="DenseGramPostings"/>.
    /// </summary>
    internal static bool ThroughGrams(IReadOnlyList<(string Gram, int Postings)> postings) =>
        postings.Count > 0 && postings.All(c => c.Postings > 0) && postings.Min(c => c.Postings) < DenseGramPostings;

    /// <summary>
    /// The applications holding <paramref name="gram"/>, at most <paramref name="upTo"/> of them (a range of the grams'
    /// index). Ordered as that index is (gram, application), which costs no sort and makes the limit deterministic, as EF
    /// Core asks of a limit (it warns on every search otherwise).
    /// </summary>
    internal IQueryable<ApplicationNameGram> Postings(string gram, int upTo) =>
        context.NameGrams.Where(g => g.Gram == gram).OrderBy(g => g.ApplicationId).Take(upTo);

    /// <summary>The name search of <paramref name="query"/>, if it searches by name (not by a full resident ID).</summary>
    internal static StudentNameSearch? NameSearchOf(ListSubmittedApplicationsQuery query) =>
        string.IsNullOrWhiteSpace(query.Search) || ResidentIdNumber.Parse(query.Search.Trim()).Number is not null ? null : StudentNameSearch.Parse(query.Search);

    /// <summary>
    /// <see cref="MatchingAsync"/> once the name search's grams are counted: <paramref name="postings"/> holds how many
    /// applications have each (up to <see cref="DenseGramPostings"/>; empty without a name search).
    /// </summary>
    internal IQueryable<StudentApplication>? Matching(ListSubmittedApplicationsQuery query, IReadOnlyList<(string Gram, int Postings)> postings)
    {
        var applications = Submitted(query.AllowedSchoolIds);
        if (query.Status is not null)
        {
            if (!TryParse<ApplicationStatus>(query.Status, out var status) || status == ApplicationStatus.Draft)
            {
                return null;
            }

            applications = applications.Where(a => a.Status == status);
        }

        if (query.GraduationType is not null)
        {
            if (!TryParse<GraduationType>(query.GraduationType, out var graduationType))
            {
                return null;
            }

            applications = applications.Where(a => a.GraduationType == graduationType);
        }

        if (query.SchoolId is { } schoolId)
        {
            Guid? school = schoolId;
            applications = applications.Where(a => a.Student!.GraduationSchoolId == school);
        }

        if (query.SubmittedFrom is { } from)
        {
            DateTimeOffset? since = from;
            applications = applications.Where(a => a.SubmittedAt >= since);
        }

        if (query.SubmittedBefore is { } before)
        {
            DateTimeOffset? until = before;
            applications = applications.Where(a => a.SubmittedAt < until);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            if (ResidentIdNumber.Parse(search).Number is { } residentId)
            {
                // The full ID goes through the lookup key (indexed; a keyed hash once IDs are encrypted).
                var key = StudentApplication.LookupKeyOf(residentId);
                applications = applications.Where(a => a.StudentLookupKey == key);
            }
            else
            {
                return ByName(applications, StudentNameSearch.Parse(search), postings);
            }
        }

        return applications;
    }

    /// <summary>
    /// The applications whose student's name <see cref="StudentNameSearch">the search finds</see> (ADR-0049), without
    /// reading every application: the rarest gram's applications are the candidates, those lacking one of the next
    /// rarest grams are dropped in the grams' index, and the rest are joined back, filtered as the queue is, and confirmed
    /// with the substring test when the grams do not decide. A gram no application has: nothing matches, nothing more is
    /// read. Every counted gram as common as <see cref="DenseGramPostings"/>: the matches are dense, and the queue is
    /// walked in its order with the test instead.
    /// </summary>
    private IQueryable<StudentApplication>? ByName(IQueryable<StudentApplication> applications, StudentNameSearch name, IReadOnlyList<(string Gram, int Postings)> counted)
    {
        if (!name.CanMatch || counted.Count == 0 || counted.Any(c => c.Postings == 0))
        {
            return null;
        }

        // The name column holds a value object; the cast lets the database compare its stored text.
        var escaped = EscapeLike(name.Text, context.Database.IsSqlServer());
        if (!ThroughGrams(counted))
        {
            var dense = name.IsPrefix ? escaped + "%" : "%" + escaped + "%";
            return applications.Where(a => EF.Functions.Like((string)(object)a.Student!.Name, dense, LikeEscape));
        }

        var driving = counted.MinBy(c => c.Postings).Gram;
        var candidates = context.NameGrams.Where(g => g.Gram == driving);
        foreach (var (other, _) in counted.Where(c => c.Gram != driving).OrderBy(c => c.Postings).Take(2))
        {
            candidates = candidates.Where(g => context.NameGrams.Any(o => o.ApplicationId == g.ApplicationId && o.Gram == other));
        }

        applications = applications.Where(a => candidates.Select(g => g.ApplicationId).Contains(a.Id));
        if (name.NeedsConfirmation)
        {
            var pattern = "%" + escaped + "%";
            applications = applications.Where(a => EF.Functions.Like((string)(object)a.Student!.Name, pattern, LikeEscape));
        }

        return applications;
    }

    /// <summary>
    /// The queue's order: newest change first unless <paramref name="sort"/> names one (`submittedAt`, `name`, `school`),
    /// then by id so pages are stable. UpdatedAt and SubmittedAt are UTC ticks on SQLite (ModuleDbContext's converter),
    /// so they order in the database there too.
    /// </summary>
    internal IQueryable<StudentApplication> Ordered(IQueryable<StudentApplication> applications, string? sort, bool ascending)
    {
        IOrderedQueryable<StudentApplication> ordered = sort switch
        {
            "submittedAt" => ascending ? applications.OrderBy(a => a.SubmittedAt) : applications.OrderByDescending(a => a.SubmittedAt),
            "name" => ascending
                ? applications.OrderBy(a => (string)(object)a.Student!.Name)
                : applications.OrderByDescending(a => (string)(object)a.Student!.Name),
            "school" => ascending
                ? applications.OrderBy(a => context.Schools.Where(s => (Guid?)(object)s.Id == a.Student!.GraduationSchoolId).Select(s => s.Name).FirstOrDefault())
                : applications.OrderByDescending(a => context.Schools.Where(s => (Guid?)(object)s.Id == a.Student!.GraduationSchoolId).Select(s => s.Name).FirstOrDefault()),
            _ => applications.OrderByDescending(a => a.UpdatedAt),
        };
        return ascending && sort is not null ? ordered.ThenBy(a => a.Id) : ordered.ThenByDescending(a => a.Id);
    }

    /// <summary>Only the columns of a queue line (the queue's pages and the export), in the order given.</summary>
    internal static IQueryable<QueueRow> Lines(IQueryable<StudentApplication> applications) =>
        applications
            .ProjectToType<QueueRow>(LineProjection);

    /// <summary>
    /// Mapster writes the queue line's projection (ADR 0019); EF translates it, so only these columns are
    /// read.
    /// </summary>
    private static readonly TypeAdapterConfig LineProjection = BuildLineProjection();

    private static TypeAdapterConfig BuildLineProjection()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        // Value objects pass through as EF's converters made them (Mapster would otherwise build new ones).
        config.NewConfig<StudentName, StudentName>().MapWith(name => name);
        config.NewConfig<ResidentIdNumber, ResidentIdNumber>().MapWith(id => id);
        config.NewConfig<ApplicationId, ApplicationId>().MapWith(id => id);
        config.NewConfig<Domain.Seasons.SeasonId, Domain.Seasons.SeasonId>().MapWith(id => id);
        config.NewConfig<StudentApplication, QueueRow>()
            .Map(d => d.StudentName, s => s.Student!.Name)
            .Map(d => d.StudentResidentId, s => s.Student!.ResidentId)
            .Map(d => d.GraduationSchoolId, s => s.Student!.GraduationSchoolId)
            .Map(d => d.GraduationClassId, s => s.Student!.GraduationClassId)
            .Map(d => d.FatherMobile, s => s.Father!.Mobile)
            .Map(d => d.MotherMobile, s => s.Mother!.Mobile);
        config.Compile();
        return config;
    }

    /// <summary>A queue line as other modules read it, with its school's and class's names (its school found in <paramref name="schools"/>).</summary>
    internal static SubmittedApplicationSummary Summary(QueueRow r, IReadOnlyDictionary<Guid, School> schools) =>
        Summary(r, r.GraduationSchoolId is { } id ? schools.GetValueOrDefault(id) : null);

    private static SubmittedApplicationSummary Summary(QueueRow r, School? school) =>
        new(
            r.Id.Value,
            r.SeasonId.Value,
            r.StudentName.Value,
            r.StudentResidentId.Value,
            r.GraduationType.ToString(),
            r.GraduationType.Chinese(),
            r.GraduationSchoolId ?? Guid.Empty,
            school?.Name,
            r.GraduationClassId ?? Guid.Empty,
            school?.ClassName(r.GraduationClassId),
            r.Status.ToString(),
            r.Status.Chinese(),
            r.FatherMobile,
            r.MotherMobile,
            r.SubmittedAt ?? r.UpdatedAt,
            r.UpdatedAt,
            r.Version);

    public async Task<SubmittedApplication?> GetAsync(Guid applicationId, IReadOnlyCollection<Guid>? allowedSchoolIds, CancellationToken cancellationToken)
    {
        var id = new ApplicationId(applicationId);
        var application = await Submitted(allowedSchoolIds).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var schools = await SchoolsAsync([application.Student?.GraduationSchoolId], cancellationToken);
        var school = application.Student?.GraduationSchoolId is { } schoolId ? schools.GetValueOrDefault(schoolId) : null;
        return application.ToSubmitted(school);
    }

    private const string LikeEscape = "\\";

    /// <summary>
    /// Not drafts, not deleted, with a student (not anonymized), and (when a scope is given) only its graduation schools.
    /// "With a student" tests the student's required name only (EF's `Student != null` tests every required column of
    /// the student, the encrypted ID among them): the queue's indexes carry the name, so the count stays in the index
    /// (<see cref="QueueIndexes"/>).
    /// </summary>
    internal IQueryable<StudentApplication> Submitted(IReadOnlyCollection<Guid>? allowedSchoolIds)
    {
        var applications = context.Applications.AsNoTracking()
            .Where(a => !a.IsDeleted && a.Status != ApplicationStatus.Draft && (object?)a.Student!.Name != null);
        if (allowedSchoolIds is not null)
        {
            List<Guid?> allowed = [.. allowedSchoolIds.Distinct().Select(id => (Guid?)id)];
            applications = applications.Where(a => allowed.Contains(a.Student!.GraduationSchoolId));
        }

        return applications;
    }

    /// <summary>The schools of these ids with their classes (one query).</summary>
    internal IQueryable<School> Schools(IEnumerable<Guid?> schoolIds)
    {
        List<SchoolId> ids = [.. schoolIds.OfType<Guid>().Distinct().Select(id => new SchoolId(id))];
        return context.Schools.AsNoTracking().Where(s => ids.Contains(s.Id));
    }

    private async Task<Dictionary<Guid, School>> SchoolsAsync(IEnumerable<Guid?> schoolIds, CancellationToken cancellationToken)
    {
        var wanted = schoolIds.OfType<Guid>().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var schools = await Schools(wanted.Select(id => (Guid?)id)).ToListAsync(cancellationToken);
        return schools.ToDictionary(s => s.Id.Value);
    }

    private static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);

    // SQL Server's LIKE also reads [...] as a character class; SQLite and PostgreSQL do not.
    private static string EscapeLike(string text, bool sqlServer)
    {
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        return sqlServer ? escaped.Replace("[", "\\[", StringComparison.Ordinal) : escaped;
    }
}

/// <summary>The columns of one queue line.</summary>
internal sealed record QueueRow(
    ApplicationId Id,
    Domain.Seasons.SeasonId SeasonId,
    StudentName StudentName,
    ResidentIdNumber StudentResidentId,
    GraduationType GraduationType,
    Guid? GraduationSchoolId,
    Guid? GraduationClassId,
    ApplicationStatus Status,
    string? FatherMobile,
    string? MotherMobile,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset UpdatedAt,
    int Version);
