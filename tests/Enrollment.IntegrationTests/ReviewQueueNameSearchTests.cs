using System.Net;
using System.Net.Http.Json;
using Enrollment.Modules.Registration.Infrastructure.Persistence;
using Enrollment.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The reviewers' name search over HTTP (issue 17, ADR-0049): found through the grams of the student's name, which
/// Registration keeps with every save — the whole name and any two adjacent characters of it find the child, one
/// character finds the surname; a renamed child is found by the new name only; a deleted application by none; the
/// totals are the matches. (Anonymization: <see cref="RetentionTests"/>.) Each test has its own school, so other tests'
/// children do not count.
/// </summary>
public abstract class ReviewQueueNameSearchTests(AppFixture fixture)
{
    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    [SkippableFact]
    public async Task A_child_is_found_by_the_whole_name_or_two_adjacent_characters_and_one_character_finds_the_surname()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var ouyang = await scenario.SubmitAsync(school, "欧阳小明");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var zhang = await scenario.SubmitAsync(school, "张小红");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var wang = await scenario.SubmitAsync(school, "王小明");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var zhangDa = await scenario.SubmitAsync(school, "张大伟");
        // A draft is not in the queue, whatever its name.
        var draftParent = App.CreateParentClient(Guid.NewGuid());
        var draft = (await draftParent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" })).Headers.Location!.OriginalString;
        await Json.ReadAsync(await draftParent.PutAsJsonAsync($"{draft}/student", new
        {
            name = "张小明", residentId = TestIds.Primary2024(), ethnicityCode = "01", graduationSchoolId = school.School, graduationClassId = school.Class,
        }), HttpStatusCode.OK);

        await FindsAsync(admin, school, "欧阳小明", [ouyang.Id]);
        await FindsAsync(admin, school, "小明", [wang.Id, ouyang.Id]);     // the given name, newest change first
        await FindsAsync(admin, school, "阳小", [ouyang.Id]);
        await FindsAsync(admin, school, "张小", [zhang.Id]);              // surname and first given character
        await FindsAsync(admin, school, "张", [zhangDa.Id, zhang.Id]);   // one character: the surname
        await FindsAsync(admin, school, "小", []);                       // ... not a character elsewhere
        await FindsAsync(admin, school, "张小明", []);                   // only the draft: 张小 and 小明 are others'
        await FindsAsync(admin, school, "明小", []);
        await FindsAsync(admin, school, " 小 明 ", [wang.Id, ouyang.Id]); // spaces are dropped
        await FindsAsync(admin, school, "xiaoming", []);
        await FindsAsync(admin, school, "%", []);

        // Paged: the first page is full, so the total is counted (the same matches); the second page holds the other.
        await FindsAsync(admin, school, "小明", [wang.Id], total: 2, more: "&pageSize=1");
        await FindsAsync(admin, school, "小明", [ouyang.Id], total: 2, more: "&pageSize=1&page=2");
        await FindsAsync(admin, school, "小明", [wang.Id], total: 2, more: "&pageSize=1&count=exact");
        // With the queue's other filters.
        await FindsAsync(admin, school, "小明", [wang.Id, ouyang.Id], more: "&status=UnderReview");
        await FindsAsync(admin, school, "小明", [], more: "&status=Returned");
    }

    /// <summary>
    /// A search through the grams reads its matches once for the page and the total (ADR-0050): its pages hold the same
    /// lines in the same order as the reviewer's whole queue in that order with the other lines left out — for every sort,
    /// both directions, ties (the same instant, the same name, the same school) broken by id as the queue breaks them —
    /// each page with the exact total, and only within the reviewer's schools and the other filters.
    /// </summary>
    [SkippableFact]
    public async Task A_name_search_pages_its_matches_in_the_queues_order_for_every_sort_with_exact_totals_in_the_reviewers_scope()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var other = await scenario.CreateSchoolAsync(admin);
        // Five children whose names hold 春晖 (two of the same name, 李春晖), two whose names do not; submitted two at a
        // time at the same instant, so the times tie too.
        var names = new[] { "赵春晖", "吴秋晖", "李春晖", "钱春晖亮", "周春雨", "李春晖", "孙春晖" };
        var children = new List<(Guid Id, string Name)>();
        for (var i = 0; i < names.Length; i++)
        {
            children.Add(((await scenario.SubmitAsync(school, names[i])).Id, names[i]));
            if (i % 2 == 1)
            {
                App.Clock.Advance(TimeSpan.FromMinutes(1));
            }
        }

        var elsewhere = await scenario.SubmitAsync(other, "郑春晖");
        var reviewer = await scenario.StaffAsync(admin, "SchoolReviewer", school.School);

        static void Holds(List<Guid> ids, int total, (List<Guid> Ids, int Total, bool Exact) page)
        {
            Assert.Equal(ids, page.Ids);
            Assert.Equal((total, true), (page.Total, page.Exact));
        }

        async Task<(List<Guid> Ids, int Total, bool Exact)> Page(HttpClient staff, string query)
        {
            var page = await Json.ReadAsync(await staff.GetAsync("/api/v1/review/applications?" + query), HttpStatusCode.OK);
            return (ReviewScenario.Ids(page), page.GetProperty("total").GetInt32(), page.GetProperty("totalExact").GetBoolean());
        }

        foreach (var (q, pair) in new[] { ("春晖", "春晖"), ("李春晖", "李春晖") })
        {
            var matching = children.Where(c => c.Name.Contains(pair, StringComparison.Ordinal)).Select(c => c.Id).ToHashSet();
            foreach (var sort in new[] { "", "sort=submittedAt&order=asc", "sort=submittedAt&order=desc", "sort=name&order=asc", "sort=name&order=desc", "sort=school&order=asc", "sort=school&order=desc" })
            {
                // The queue's own order (no name search: a queue index or the sort, as before ADR-0049), the others left out.
                var (queue, queueTotal, _) = await Page(reviewer, $"{sort}&pageSize=100");
                Assert.Equal(names.Length, queueTotal);
                List<Guid> expected = [.. queue.Where(matching.Contains)];
                Assert.Equal(matching.Count, expected.Count);

                // The search, two lines a page: every page has the exact total, the pages together are the expected lines.
                var found = new List<Guid>();
                for (var page = 1; page <= (matching.Count + 1) / 2; page++)
                {
                    var (ids, total, exact) = await Page(reviewer, $"q={Uri.EscapeDataString(q)}&{sort}&pageSize=2&page={page}");
                    Assert.Equal((matching.Count, true), (total, exact));
                    Assert.Equal(Math.Min(2, matching.Count - found.Count), ids.Count);
                    found.AddRange(ids);
                }

                Assert.Equal(expected, found);
                Holds([], matching.Count, await Page(reviewer, $"q={Uri.EscapeDataString(q)}&{sort}&pageSize=2&page=9"));
                Holds(expected, matching.Count, await Page(reviewer, $"q={Uri.EscapeDataString(q)}&{sort}&pageSize=20&count=exact"));
            }
        }

        // The reviewer's scope: the child at the other school is found by the district's staff only.
        Holds([], 0, await Page(reviewer, $"q={Uri.EscapeDataString("郑春晖")}"));
        Holds([], 0, await Page(reviewer, $"q={Uri.EscapeDataString("春晖")}&school={other.School}"));
        Holds([elsewhere.Id], 1, await Page(admin, $"q={Uri.EscapeDataString("春晖")}&school={other.School}"));
        // With the queue's other filters.
        Assert.Equal(5, (await Page(reviewer, $"q={Uri.EscapeDataString("春晖")}&status=UnderReview&kind=KindergartenGraduate")).Total);
        Holds([], 0, await Page(reviewer, $"q={Uri.EscapeDataString("春晖")}&status=Accepted"));
    }

    [SkippableFact]
    public async Task A_renamed_child_is_found_by_the_new_name_and_not_the_old_and_a_deleted_application_by_neither()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        var child = await scenario.SubmitAsync(school, "李春花");
        var other = await scenario.SubmitAsync(school, "李冬梅");
        await FindsAsync(admin, school, "春花", [child.Id]);

        // Returned, the parent corrects the name: the old one no longer finds the child, the new one does (returned too).
        var reasons = await Json.ReadAsync(await admin.GetAsync("/api/v1/admin/return-reasons"), HttpStatusCode.OK);
        var detail = await admin.GetAsync($"/api/v1/review/applications/{child.Id}");
        await Json.ReadAsync(
            await PersonalDataTests.PostAsync(admin, $"/api/v1/review/applications/{child.Id}/return", new
            {
                reasons = new[] { new { page = "guardians", field = "father.mobile", reasonId = reasons[0].GetProperty("id").GetGuid(), note = (string?)null } },
            }, detail.Headers.ETag!.Tag),
            HttpStatusCode.OK);
        await Json.ReadAsync(await child.Parent.PutAsJsonAsync($"{child.Location}/student", new
        {
            name = "李秋月", residentId = child.StudentId, ethnicityCode = "01", graduationSchoolId = school.School, graduationClassId = school.Class,
        }), HttpStatusCode.OK);
        await FindsAsync(admin, school, "春花", []);
        await FindsAsync(admin, school, "李春花", []);
        await FindsAsync(admin, school, "李秋月", [child.Id], more: "&status=Returned");
        Assert.Equal(["李", "李秋", "秋月"], await GramsAsync(child.Id));

        // Resubmitted and decided on: still found by the new name only, and the surname finds both children.
        await Json.ReadAsync(await child.Parent.PostAsync($"{child.Location}/submission", null), HttpStatusCode.OK);
        await FindsAsync(admin, school, "秋月", [child.Id], more: "&status=UnderReview");
        await FindsAsync(admin, school, "春花", []);
        Assert.Equal(2, (await SearchAsync(admin, school, "李")).Total);

        // Deleted by the parent: gone from the search, and its grams with it.
        Assert.Equal(HttpStatusCode.NoContent, (await child.Parent.DeleteAsync(child.Location)).StatusCode);
        await FindsAsync(admin, school, "秋月", []);
        await FindsAsync(admin, school, "李", [other.Id]);
        Assert.Empty(await GramsAsync(child.Id));
        Assert.Equal(["冬梅", "李", "李冬"], await GramsAsync(other.Id));
    }

    [SkippableFact]
    public async Task The_migrations_backfill_computes_the_same_grams_as_the_saves()
    {
        var scenario = new ReviewScenario(App);
        var admin = await App.CreateAdminClientAsync();
        var school = await scenario.CreateSchoolAsync(admin);
        // A minority name with its separator, a character of Extension B (two UTF-16 units), a repeated pair.
        foreach (var name in new[] { "阿依古丽·买买提", "𠀀小明", "哈哈哈", "欧阳小明" })
        {
            await scenario.SubmitAsync(school, name);
        }

        var deleted = await scenario.SubmitAsync(school, "删除甲");
        Assert.Equal(HttpStatusCode.NoContent, (await deleted.Parent.DeleteAsync(deleted.Location)).StatusCode);
        Assert.Single((await SearchAsync(admin, school, "𠀀小")).Ids);
        Assert.Single((await SearchAsync(admin, school, "𠀀")).Ids);
        Assert.Single((await SearchAsync(admin, school, "·买买")).Ids);
        Assert.Empty((await SearchAsync(admin, school, "删除甲")).Ids);

        using var scope = App.Services.CreateScope();
        var registration = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
        async Task<List<string>> AllGramsAsync() =>
            [.. (await registration.NameGrams.AsNoTracking().Select(g => new { g.ApplicationId, g.Gram }).ToListAsync())
                .Select(g => $"{g.ApplicationId.Value} {g.Gram}").Order(StringComparer.Ordinal)];
        var saved = await AllGramsAsync();
        Assert.Contains(saved, g => g.EndsWith(" ·买", StringComparison.Ordinal));
        Assert.Contains(saved, g => g.EndsWith(" 𠀀小", StringComparison.Ordinal));

        // The migration's SQL, run over the same applications without their grams, writes exactly these (rolled back).
        var backfilled = await registration.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await registration.Database.BeginTransactionAsync();
            await registration.NameGrams.ExecuteDeleteAsync();
            Assert.Empty(await AllGramsAsync());
            await registration.Database.ExecuteSqlRawAsync(NameGramBackfill.Insert(fixture.Provider));
            var grams = await AllGramsAsync();
            await transaction.RollbackAsync();
            return grams;
        });
        Assert.Equal(saved, backfilled);
        Assert.Equal(saved, await AllGramsAsync());
    }

    /// <summary>The search's page at <paramref name="school"/> holds <paramref name="ids"/>, in this order, and its exact total is their number.</summary>
    private static async Task FindsAsync(HttpClient staff, ReviewScenario.SchoolRef school, string q, Guid[] ids, int? total = null, string more = "")
    {
        var (found, count, exact) = await SearchAsync(staff, school, q, more);
        Assert.Equal(ids, found);
        Assert.Equal(total ?? ids.Length, count);
        Assert.True(exact);
    }

    /// <summary>The ids of a search's page at <paramref name="school"/>, its total and whether the total is exact.</summary>
    internal static async Task<(List<Guid> Ids, int Total, bool Exact)> SearchAsync(HttpClient staff, ReviewScenario.SchoolRef school, string q, string more = "")
    {
        var page = await Json.ReadAsync(
            await staff.GetAsync($"/api/v1/review/applications?school={school.School}&q={Uri.EscapeDataString(q)}{more}"),
            HttpStatusCode.OK);
        return (ReviewScenario.Ids(page), page.GetProperty("total").GetInt32(), page.GetProperty("totalExact").GetBoolean());
    }

    private async Task<List<string>> GramsAsync(Guid applicationId)
    {
        using var scope = App.Services.CreateScope();
        var registration = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
        var grams = await registration.NameGrams.AsNoTracking().Where(g => (Guid)(object)g.ApplicationId == applicationId).Select(g => g.Gram).ToListAsync();
        return [.. grams.Order(StringComparer.Ordinal)];
    }
}

public sealed class ReviewQueueNameSearchTests_Sqlite(SqliteFixture fixture) : ReviewQueueNameSearchTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ReviewQueueNameSearchTests_PostgreSql(PostgreSqlFixture fixture) : ReviewQueueNameSearchTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class ReviewQueueNameSearchTests_SqlServer(SqlServerFixture fixture) : ReviewQueueNameSearchTests(fixture), IClassFixture<SqlServerFixture>;
