using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using ApplicationId = Enrollment.Modules.Registration.Domain.Applications.ApplicationId;

namespace Enrollment.Modules.Registration.Tests.Persistence;

/// <summary>
/// The reviewers' queue and detail are read in the database on every provider: each query renders to
/// SQL (no server needed; an untranslatable filter throws here), so SQL Server is checked without Docker too.
/// </summary>
public sealed class SubmittedApplicationQueryTranslationTests
{
    public static TheoryData<DatabaseProvider> Providers => new(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql, DatabaseProvider.SqlServer);

    private static readonly ListSubmittedApplicationsQuery EveryFilter = new(
        "UnderReview", Guid.NewGuid(), "KindergartenGraduate", "王小明", [Guid.NewGuid(), Guid.NewGuid()], Page: 3, PageSize: 20);

    /// <summary>How many applications hold each gram of 王小明, as <c>MatchingAsync</c> counts them (ADR-0049).</summary>
    private static readonly (string Gram, int Postings)[] Postings = [("小明", 40), ("王小", 300)];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_queue_page_filters_orders_and_pages_in_sql(DatabaseProvider provider)
    {
        using var context = Create(provider);
        var reader = new SubmittedApplicationReader(context);

        var sql = SubmittedApplicationReader.Lines(reader.Ordered(reader.Matching(EveryFilter, Postings)!, sort: null, ascending: false))
            .Skip((EveryFilter.Page - 1) * EveryFilter.PageSize).Take(EveryFilter.PageSize).ToQueryString();

        Assert.Contains("LIKE", sql, StringComparison.Ordinal);
        Assert.Contains("ApplicationNameGrams", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);
        Assert.Contains("UpdatedAt", sql, StringComparison.Ordinal);
        Assert.Contains("FatherMobile", sql, StringComparison.Ordinal);
        Assert.Contains("StudentGraduationSchoolId", sql, StringComparison.Ordinal);
        Assert.Contains("IsDeleted", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_full_resident_id_is_looked_up_by_its_key(DatabaseProvider provider)
    {
        using var context = Create(provider);
        var reader = new SubmittedApplicationReader(context);

        var sql = reader.Matching(EveryFilter with { Search = "11010519491231002x" }, [])!.ToQueryString();

        Assert.Contains("StudentLookupKey", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("LIKE", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_detail_and_the_page_schools_translate(DatabaseProvider provider)
    {
        using var context = Create(provider);
        var reader = new SubmittedApplicationReader(context);
        var id = new ApplicationId(Guid.NewGuid());

        Assert.Contains("StudentGraduationSchoolId", reader.Submitted([Guid.NewGuid()]).Where(a => a.Id == id).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("Schools", reader.Schools([Guid.NewGuid(), null]).ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_status_or_an_unknown_kind_matches_nothing()
    {
        using var context = Create(DatabaseProvider.Sqlite);
        var reader = new SubmittedApplicationReader(context);

        Assert.Null(reader.Matching(EveryFilter with { Status = "Draft" }, Postings));
        Assert.Null(reader.Matching(EveryFilter with { Status = "1" }, Postings));
        Assert.Null(reader.Matching(EveryFilter with { GraduationType = "Nursery" }, Postings));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_name_search_reads_the_grams_of_its_rarest_pair_and_confirms_longer_names(DatabaseProvider provider)
    {
        using var context = Create(provider);
        var reader = new SubmittedApplicationReader(context);
        var byName = EveryFilter with { Status = null, SchoolId = null, GraduationType = null, AllowedSchoolIds = null };

        // Two characters: the pair decides, nothing else to test.
        var pair = reader.Matching(byName with { Search = "小明" }, [("小明", 40)])!.ToQueryString();
        Assert.Contains("ApplicationNameGrams", pair, StringComparison.Ordinal);
        Assert.DoesNotContain("LIKE", pair, StringComparison.Ordinal);
        // Three: candidates of the rarest pair that also hold the other, confirmed by the substring test.
        var three = reader.Matching(byName, Postings)!.ToQueryString();
        Assert.Contains("EXISTS", three, StringComparison.Ordinal);
        Assert.Contains("LIKE", three, StringComparison.Ordinal);
        // Every pair common: the queue is walked with the test, no grams.
        var dense = reader.Matching(byName, [("小明", SubmittedApplicationReader.DenseGramPostings), ("王小", SubmittedApplicationReader.DenseGramPostings)])!.ToQueryString();
        Assert.DoesNotContain("ApplicationNameGrams", dense, StringComparison.Ordinal);
        Assert.Contains("LIKE", dense, StringComparison.Ordinal);
        // The postings of a gram are counted in its index, up to a limit.
        var postings = reader.Postings("小明", 100).ToQueryString();
        Assert.Contains("ApplicationNameGrams", postings, StringComparison.Ordinal);
        Assert.Contains("ORDER BY", postings, StringComparison.Ordinal); // in the index's order: a limit without one warns
    }

    [Fact]
    public void A_name_search_with_a_pair_no_application_holds_or_a_character_no_name_has_matches_nothing()
    {
        using var context = Create(DatabaseProvider.Sqlite);
        var reader = new SubmittedApplicationReader(context);

        Assert.Null(reader.Matching(EveryFilter, [("小明", 0)]));
        Assert.Null(reader.Matching(EveryFilter with { Search = "王%" }, []));
        Assert.Null(SubmittedApplicationReader.NameSearchOf(EveryFilter with { Search = "11010519491231002x" }));
        Assert.Equal(["王小", "小明"], SubmittedApplicationReader.NameSearchOf(EveryFilter)!.Grams);
    }

    private static RegistrationDbContext Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteRegistrationDbContext(DesignTimeOptions.Sqlite<SqliteRegistrationDbContext>(RegistrationDbContext.SchemaName)),
        DatabaseProvider.PostgreSql => new PostgreSqlRegistrationDbContext(DesignTimeOptions.PostgreSql<PostgreSqlRegistrationDbContext>(RegistrationDbContext.SchemaName)),
        DatabaseProvider.SqlServer => new SqlServerRegistrationDbContext(DesignTimeOptions.SqlServer<SqlServerRegistrationDbContext>(RegistrationDbContext.SchemaName)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
