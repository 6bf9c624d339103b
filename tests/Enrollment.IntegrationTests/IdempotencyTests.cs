using System.Net;
using System.Net.Http.Json;
using Enrollment.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// Issue 13 point 5: <c>Idempotency-Key</c> on starting and submitting an application (the same key returns the first
/// answer, on any instance; another request with it is refused), and the cap on open drafts per parent (ADR-0027).
/// </summary>
public abstract class IdempotencyTests(AppFixture fixture)
{
    private const string Applications = "/api/v1/applications";

    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    private static HttpRequestMessage Start(string key, string graduationType = "KindergartenGraduate") => new(HttpMethod.Post, Applications)
    {
        Headers = { { "Idempotency-Key", key } },
        Content = JsonContent.Create(new { graduationType }),
    };

    private static HttpRequestMessage Submit(string location, string key) => new(HttpMethod.Post, $"{location}/submission")
    {
        Headers = { { "Idempotency-Key", key } },
    };

    [SkippableFact]
    public async Task A_retried_start_with_the_same_key_returns_the_first_draft_and_makes_no_second()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var key = Guid.NewGuid().ToString();

        var first = await parent.SendAsync(Start(key));
        var again = await parent.SendAsync(Start(key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Equal("true", again.Headers.GetValues("Idempotency-Replayed").Single());
        Assert.False(first.Headers.Contains("Idempotency-Replayed"));
        var list = await Json.ReadAsync(await parent.GetAsync(Applications), HttpStatusCode.OK);
        Assert.Equal(1, list.GetArrayLength());

        var another = await parent.SendAsync(Start(Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Created, another.StatusCode);
        Assert.NotEqual(first.Headers.Location, another.Headers.Location);
    }

    [SkippableFact]
    public async Task The_key_holds_across_instances_because_it_is_stored_in_the_database()
    {
        _ = App;
        await using var second = fixture.StartApp(fixture.ConnectionString);
        var account = Guid.NewGuid();
        var key = Guid.NewGuid().ToString();

        var first = await App.CreateParentClient(account).SendAsync(Start(key));
        var onTheOther = await second.CreateParentClient(account).SendAsync(Start(key));

        Assert.Equal(HttpStatusCode.Created, onTheOther.StatusCode);
        Assert.Equal(first.Headers.Location, onTheOther.Headers.Location);
        Assert.Equal(1, (await Json.ReadAsync(await App.CreateParentClient(account).GetAsync(Applications), HttpStatusCode.OK)).GetArrayLength());
    }

    [SkippableFact]
    public async Task The_same_key_with_another_request_is_a_422_naming_the_header()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await parent.SendAsync(Start(key))).StatusCode);

        var problem = await Problem.ReadAsync(await parent.SendAsync(Start(key, "PrimaryGraduate")), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("idempotency.key.reused", problem.Code);
        Assert.Contains("Idempotency-Key", problem.Errors.Keys);
        Assert.Equal(1, (await Json.ReadAsync(await parent.GetAsync(Applications), HttpStatusCode.OK)).GetArrayLength());
    }

    [SkippableFact]
    public async Task Keys_are_per_parent()
    {
        var key = Guid.NewGuid().ToString();
        var mine = await App.CreateParentClient(Guid.NewGuid()).SendAsync(Start(key));
        var theirs = await App.CreateParentClient(Guid.NewGuid()).SendAsync(Start(key));

        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.NotEqual(mine.Headers.Location, theirs.Headers.Location);
    }

    [SkippableTheory]
    [InlineData("含中文")]
    [InlineData("a b")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789x")]
    public async Task A_malformed_key_is_a_400_naming_the_header(string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Applications) { Content = JsonContent.Create(new { graduationType = "KindergartenGraduate" }) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);

        var problem = await Problem.ReadAsync(await App.CreateParentClient(Guid.NewGuid()).SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Equal("validation.failed", problem.Code);
        Assert.Contains("Idempotency-Key", problem.Errors.Keys);
    }

    [SkippableFact]
    public async Task A_submission_retried_with_its_key_returns_the_first_answer_and_a_refused_one_frees_the_key()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var started = await parent.PostAsJsonAsync(Applications, new { graduationType = "KindergartenGraduate" });
        var location = started.Headers.Location!.OriginalString;
        var key = Guid.NewGuid().ToString();

        // Incomplete: refused, and the key is not spent on the refusal.
        Assert.Equal("application.incomplete", (await Problem.ReadAsync(await parent.SendAsync(Submit(location, key)), HttpStatusCode.UnprocessableEntity)).Code);

        var fatherId = Wizard.FatherId();
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "李小花", TestIds.Primary2024())), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/guardians", new { father = Wizard.Parent("李伟", fatherId) }), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/household", Wizard.Household("李伟", fatherId)), HttpStatusCode.OK);
        await Wizard.SkipEvidenceAsync(parent, location);

        var submitted = await parent.SendAsync(Submit(location, key));
        var retried = await parent.SendAsync(Submit(location, key));

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(await submitted.Content.ReadAsStringAsync(), await retried.Content.ReadAsStringAsync());
        Assert.Equal("true", retried.Headers.GetValues("Idempotency-Replayed").Single());
        var otherApplication = (await parent.PostAsJsonAsync(Applications, new { graduationType = "KindergartenGraduate" })).Headers.Location!.OriginalString;
        Assert.Equal("idempotency.key.reused", (await Problem.ReadAsync(await parent.SendAsync(Submit(otherApplication, key)), HttpStatusCode.UnprocessableEntity)).Code);
    }

    [SkippableFact]
    public async Task Two_starts_with_one_key_at_once_make_one_draft_and_give_one_answer()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        await parent.GetAsync(Applications); // signed in before the race
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(parent.SendAsync(Start(key)), parent.SendAsync(Start(key)));

        // The second waits for the first's commit and replays its answer (409 in-progress only if it could read none).
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var created = answers.Where(a => a.StatusCode == HttpStatusCode.Created).ToList();
        Assert.NotEmpty(created);
        Assert.Single(created.Select(a => a.Headers.Location).Distinct());
        var list = await Json.ReadAsync(await parent.GetAsync(Applications), HttpStatusCode.OK);
        Assert.Equal(1, list.GetArrayLength());
    }

    [SkippableFact]
    public async Task A_key_left_claimed_without_an_answer_by_a_request_that_died_does_not_block_its_retry()
    {
        // What the first design left when a request died between claiming the key and storing its answer (a kill, the
        // database gone while freeing it): the retry answered 409 idempotency.in-progress for a day.
        var parent = App.CreateParentClient(Guid.NewGuid());
        var account = (await Json.ReadAsync(await parent.GetAsync("/api/v1/me"), HttpStatusCode.OK)).GetProperty("id").GetGuid();
        var key = Guid.NewGuid().ToString();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Enrollment.Modules.Registration.Infrastructure.Persistence.RegistrationDbContext>();
            var now = App.Clock.GetUtcNow();
            db.Set<Enrollment.Modules.Registration.Infrastructure.Idempotency.IdempotencyRecord>().Add(new()
            {
                ParentAccountId = account, Key = key, RequestHash = "left-by-a-request-that-died", CreatedAt = now.AddMinutes(-5), ExpiresAt = now.AddDays(1),
            });
            await db.SaveChangesAsync();
        }

        var retried = await parent.SendAsync(Start(key));
        var again = await parent.SendAsync(Start(key));

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotency-Replayed").Single());
        Assert.Equal(1, (await Json.ReadAsync(await parent.GetAsync(Applications), HttpStatusCode.OK)).GetArrayLength());
    }

    [SkippableFact]
    public async Task A_parent_may_hold_five_open_drafts_and_gets_a_chinese_409_for_the_sixth()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var drafts = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var started = await parent.PostAsJsonAsync(Applications, new { graduationType = "KindergartenGraduate" });
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
            drafts.Add(started.Headers.Location!.OriginalString);
        }

        var sixth = await Problem.ReadAsync(await parent.PostAsJsonAsync(Applications, new { graduationType = "PrimaryGraduate" }), HttpStatusCode.Conflict);
        Assert.Equal("application.drafts.too-many", sixth.Code);
        Assert.Equal(5, (await Json.ReadAsync(await parent.GetAsync(Applications), HttpStatusCode.OK)).GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await parent.DeleteAsync(drafts[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await parent.PostAsJsonAsync(Applications, new { graduationType = "PrimaryGraduate" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await App.CreateParentClient(Guid.NewGuid()).PostAsJsonAsync(Applications, new { graduationType = "PrimaryGraduate" })).StatusCode);
    }
}

public sealed class IdempotencyTests_Sqlite(SqliteFixture fixture) : IdempotencyTests(fixture), IClassFixture<SqliteFixture>;

public sealed class IdempotencyTests_PostgreSql(PostgreSqlFixture fixture) : IdempotencyTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class IdempotencyTests_SqlServer(SqlServerFixture fixture) : IdempotencyTests(fixture), IClassFixture<SqlServerFixture>;
