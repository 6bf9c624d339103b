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
        "UnderReview", Guid.NewGuid(), "KindergartenGraduate", "小明", [Guid.NewGuid(), Guid.NewGuid()], Page: 3, PageSize: 20);

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_queue_page_filters_orders_and_pages_in_sql(DatabaseProvider provider)
    {
        using var context = Create(provider);
        var reader = new SubmittedApplicationReader(context);

        var sql = SubmittedApplicationReader.Lines(reader.Ordered(reader.Matching(EveryFilter)!, sort: null, ascending: false))
            .Skip((EveryFilter.Page - 1) * EveryFilter.PageSize).Take(EveryFilter.PageSize).ToQueryString();

        Assert.Contains("LIKE", sql, StringComparison.Ordinal);
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

        var sql = reader.Matching(EveryFilter with { Search = "11010519491231002x" })!.ToQueryString();

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

        Assert.Null(reader.Matching(EveryFilter with { Status = "Draft" }));
        Assert.Null(reader.Matching(EveryFilter with { Status = "1" }));
        Assert.Null(reader.Matching(EveryFilter with { GraduationType = "Nursery" }));
    }

    private static RegistrationDbContext Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteRegistrationDbContext(DesignTimeOptions.Sqlite<SqliteRegistrationDbContext>(RegistrationDbContext.SchemaName)),
        DatabaseProvider.PostgreSql => new PostgreSqlRegistrationDbContext(DesignTimeOptions.PostgreSql<PostgreSqlRegistrationDbContext>(RegistrationDbContext.SchemaName)),
        DatabaseProvider.SqlServer => new SqlServerRegistrationDbContext(DesignTimeOptions.SqlServer<SqlServerRegistrationDbContext>(RegistrationDbContext.SchemaName)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
