using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The consent gate walks the host's own endpoint list: every endpoint that writes a child's data
/// (POST, PUT, PATCH, DELETE under <c>/api/v1/applications</c>) answers 403 <c>agreement.required</c>
/// to a parent who has not agreed to the current 平台协议, unless it is marked
/// <see cref="ConsentGate.AllowWithoutConsent"/>. A new endpoint mapped without the gate fails it.
/// </summary>
public abstract partial class ConsentGateTests(AppFixture fixture)
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
    public async Task Every_endpoint_that_writes_a_childs_data_answers_403_agreement_required_without_consent()
    {
        var parent = App.CreateParentClient(Guid.NewGuid(), acceptAgreement: false);
        var sources = new[] { App.Services.GetRequiredService<EndpointDataSource>() };

        Assert.Empty(ConsentGate.UngatedWrites(sources));
        var gated = ConsentGate.ChildDataWrites(sources).Where(e => !e.Metadata.OfType<ConsentNotRequired>().Any()).ToList();
        var described = gated.Select(ConsentGate.Describe).ToList();
        Assert.Contains("POST /api/v1/applications/", described);
        Assert.Contains("PUT /api/v1/applications/{id:guid}/student", described);
        Assert.Contains("POST /api/v1/applications/{id:guid}/submission", described);
        Assert.Contains("PUT /api/v1/applications/{id:guid}/evidence/property", described);
        Assert.Contains("POST /api/v1/applications/{id:guid}/evidence/{kind}/skip", described);

        foreach (var endpoint in gated)
        {
            var url = RouteParameter().Replace(endpoint.RoutePattern.RawText!, p => p.Groups[1].Value == "kind" ? "property" : Guid.NewGuid().ToString());
            foreach (var method in endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = BodyFor(endpoint) };
                var problem = await Problem.ReadAsync(await parent.SendAsync(request), HttpStatusCode.Forbidden);
                Assert.True(problem.Code == ConsentGate.ErrorCode, $"{method} {url}: {problem.Code}");
            }
        }
    }

    /// <summary>A body of the kind the endpoint accepts: routing answers 415 to any other before authorization runs.</summary>
    private static HttpContent BodyFor(RouteEndpoint endpoint) =>
        endpoint.Metadata.OfType<IAcceptsMetadata>().SelectMany(a => a.ContentTypes).FirstOrDefault() is { } type
            && type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
            ? new MultipartFormDataContent { { new ByteArrayContent([0]), "file", "photo.jpg" } }
            : JsonContent.Create(new { });

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}

public sealed class ConsentGateTests_Sqlite(SqliteFixture fixture) : ConsentGateTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ConsentGateTests_PostgreSql(PostgreSqlFixture fixture) : ConsentGateTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class ConsentGateTests_SqlServer(SqlServerFixture fixture) : ConsentGateTests(fixture), IClassFixture<SqlServerFixture>;

/// <summary>The walk of <see cref="ConsentGateTests"/> can fail: a deliberate violation, in its own host.</summary>
public sealed class ConsentGateConventionTests
{
    [Fact]
    public async Task The_walk_reports_a_write_endpoint_mapped_without_the_gate()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();
        var wizard = app.MapGroup("/api/v1/applications").RequireConsentForWrites();
        wizard.MapPut("/{id:guid}/student", () => "saved");
        wizard.MapGet("/{id:guid}", () => "read");
        wizard.MapDelete("/{id:guid}", () => "deleted").AllowWithoutConsent();
        app.MapPut("/api/v1/applications/{id:guid}/photo", () => "saved without the gate"); // the violation
        var sources = ((IEndpointRouteBuilder)app).DataSources;

        Assert.Equal(["PUT /api/v1/applications/{id:guid}/photo"], ConsentGate.UngatedWrites(sources));
        Assert.Equal(
            ["DELETE /api/v1/applications/{id:guid}", "PUT /api/v1/applications/{id:guid}/photo", "PUT /api/v1/applications/{id:guid}/student"],
            ConsentGate.ChildDataWrites(sources).Select(ConsentGate.Describe).Order(StringComparer.Ordinal));
        var student = ConsentGate.ChildDataWrites(sources).Single(e => e.RoutePattern.RawText!.EndsWith("/student", StringComparison.Ordinal));
        Assert.True(ConsentGate.IsGated(student.Metadata));
        Assert.Contains(student.Metadata.OfType<Enrollment.BuildingBlocks.Infrastructure.OpenApi.ProblemExample>(), e => e.Status == StatusCodes.Status403Forbidden && e.Code == "agreement.required");
    }
}
