using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Enrollment.BuildingBlocks.Infrastructure.Outbox;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Registration.Infrastructure.Persistence;
using Enrollment.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The module contexts come from a pool of the host (ADR-0048): a context taken again by another scope (another parent's
/// request) carries nothing of the scope before it — no tracked entity, no open transaction (nor, on SQLite, the write
/// slot it held), no command timeout, no scope services — and keeps only what is the host's (the personal-data protector).
/// </summary>
public abstract class PooledContextTests(AppFixture fixture)
{
    [SkippableFact]
    public async Task A_context_taken_again_from_the_pool_carries_nothing_of_the_scope_before_it()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var app = fixture.App;
        var first = app.CreateParentClient(Guid.NewGuid());
        var second = app.CreateParentClient(Guid.NewGuid());
        var firstId = await StartAsync(first);
        var leakedMessage = Guid.NewGuid();

        // One scope (the first parent's) loads its application, adds an outbox row, opens a transaction (on SQLite: takes
        // the write slot) and shortens the command timeout — and ends without saving or committing anything.
        RegistrationDbContext used;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            used = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
            Assert.Same(scope.ServiceProvider, used.ScopeServices);
            var application = await used.Applications.SingleAsync(a => a.Id == new Enrollment.Modules.Registration.Domain.Applications.ApplicationId(firstId));
            used.OutboxMessages.Add(new OutboxMessage { Id = leakedMessage, Type = "PooledContextTests.Leak", Payload = "{}", OccurredAt = app.Clock.GetUtcNow() });
            await used.Database.BeginTransactionAsync();
            used.Database.SetCommandTimeout(1);
            Assert.Equal(2, used.ChangeTracker.Entries().Count());
        }

        // Other scopes take contexts from the pool (holding each) until one gets the same instance back.
        var holders = new List<AsyncServiceScope>();
        try
        {
            RegistrationDbContext? again = null;
            for (var i = 0; i < 500 && again is null; i++)
            {
                var scope = app.Services.CreateAsyncScope();
                holders.Add(scope);
                var context = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
                if (ReferenceEquals(context, used))
                {
                    again = context;
                    Assert.Same(scope.ServiceProvider, context.ScopeServices);
                }
            }

            Assert.NotNull(again);
            Assert.Empty(again.ChangeTracker.Entries());
            Assert.Null(again.Database.CurrentTransaction);
            Assert.Equal(app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.CommandTimeoutSeconds, again.Database.GetCommandTimeout());
            Assert.Same(app.Services.GetRequiredService<PersonalDataProtector>(), again.PersonalData);
            Assert.Equal(0, await again.SaveChangesAsync());
        }
        finally
        {
            foreach (var scope in holders)
            {
                await scope.DisposeAsync();
            }
        }

        // Nothing of the first scope was written, and its transaction did not keep the database (SQLite's write slot) for
        // the next writer: the second parent starts at once (a held slot would make this wait 30 s and answer 503).
        var started = Stopwatch.StartNew();
        await StartAsync(second);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"The next write waited {started.Elapsed}.");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var registration = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
            Assert.False(await registration.OutboxMessages.AnyAsync(m => m.Id == leakedMessage));
        }
    }

    [SkippableFact]
    public async Task Two_parents_taking_turns_on_the_same_pooled_contexts_each_see_and_save_only_their_own()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var app = fixture.App;
        var parents = new[] { app.CreateParentClient(Guid.NewGuid()), app.CreateParentClient(Guid.NewGuid()) };
        var applications = new[] { await StartAsync(parents[0]), await StartAsync(parents[1]) };
        var names = new[] { "甲小明", "乙小红" };
        var rounds = new[] { "一", "二", "三", "四" };
        var ids = new[] { TestIds.Primary2024(), TestIds.Primary2024() };

        using var seen = new ApplicationReads(app.Services);
        // Which pooled instance a request gets depends on the pool's order and on what else the host runs meanwhile (the
        // outbox's scopes rent contexts too), so the turns go on, up to 40 rounds, until one instance has served both parents.
        var last = 0;
        for (var round = 0; round < 4 || (round < 40 && !seen.SharedByBothTurns()); round++)
        {
            last = round % rounds.Length;
            for (var p = 0; p < 2; p++)
            {
                seen.Turn = p;
                var own = $"/api/v1/applications/{applications[p]}";
                var other = $"/api/v1/applications/{applications[1 - p]}";
                var saved = await Json.ReadAsync(await parents[p].PutAsJsonAsync($"{own}/student", await Wizard.StudentAsync(app, names[p] + rounds[last], ids[p])), HttpStatusCode.OK);
                Assert.Equal(names[p] + rounds[last], saved.GetProperty("application").GetProperty("student").GetProperty("name").GetString());
                await Problem.ReadAsync(await parents[p].GetAsync(other), HttpStatusCode.NotFound);
                await Problem.ReadAsync(await parents[p].PutAsJsonAsync($"{other}/student", await Wizard.StudentAsync(app, "冒名", TestIds.Primary2024())), HttpStatusCode.NotFound);
            }

            // EF's pool hands its idle contexts out first in, first out: with as many idle contexts as a round's requests,
            // each parent would always get the same ones. One more read of the first parent shifts the rotation.
            if (!seen.SharedByBothTurns())
            {
                seen.Turn = 0;
                await Json.ReadAsync(await parents[0].GetAsync($"/api/v1/applications/{applications[0]}"), HttpStatusCode.OK);
            }
        }

        for (var p = 0; p < 2; p++)
        {
            var read = await Json.ReadAsync(await parents[p].GetAsync($"/api/v1/applications/{applications[p]}"), HttpStatusCode.OK);
            Assert.Equal(names[p] + rounds[last], read.GetProperty("student").GetProperty("name").GetString());
            Assert.Equal(ids[p].ToUpperInvariant(), read.GetProperty("student").GetProperty("residentId").GetString());
        }

        // The turns really shared contexts: one Registration context read applications for both parents.
        Assert.True(seen.SharedByBothTurns(), "No pooled Registration context served both parents' requests.");
    }

    private static async Task<Guid> StartAsync(HttpClient parent)
    {
        var response = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        return (await Json.ReadAsync(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>Which Registration context instances of one host read the applications table during each parent's turn (EF's diagnostic events).</summary>
    private sealed class ApplicationReads : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly object _host;
        private readonly ConcurrentBag<IDisposable> _subscriptions = [];
        private readonly ConcurrentDictionary<(int Turn, DbContext Context), bool> _reads = new();
        private int _turn;

        public ApplicationReads(IServiceProvider host)
        {
            // The host's root scope: what EF's pooled options hold as their application services.
            _host = host.GetRequiredService<IServiceScopeFactory>();
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Turn
        {
            get => Volatile.Read(ref _turn);
            set => Volatile.Write(ref _turn, value);
        }

        public bool SharedByBothTurns()
        {
            var keys = _reads.Keys.ToList();
            return keys.Where(k => k.Turn == 0).Select(k => k.Context).Intersect(keys.Where(k => k.Turn == 1).Select(k => k.Context), ReferenceEqualityComparer.Instance).Any();
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData { Context: RegistrationDbContext context } data
                && ReferenceEquals(context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(IServiceScopeFactory)), _host)
                && data.Command.CommandText.Contains("Applications", StringComparison.Ordinal)
                && !data.Command.CommandText.Contains("Outbox", StringComparison.Ordinal))
            {
                _reads.TryAdd((Turn, context), true);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}

public sealed class PooledContextTests_Sqlite(SqliteFixture fixture) : PooledContextTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PooledContextTests_PostgreSql(PostgreSqlFixture fixture) : PooledContextTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class PooledContextTests_SqlServer(SqlServerFixture fixture) : PooledContextTests(fixture), IClassFixture<SqlServerFixture>;
