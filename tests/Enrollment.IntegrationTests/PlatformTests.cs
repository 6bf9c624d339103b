using System.Net;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>What operations and integrators rely on: health, the OpenAPI document and its UI, request ids.</summary>
public abstract class PlatformTests(AppFixture fixture)
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
    public async Task Ready_reports_every_module_database_and_the_job_storage()
    {
        var body = await Json.ReadAsync(await App.CreateClient().GetAsync("/health/ready"), HttpStatusCode.OK);

        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks").EnumerateObject().Select(c => c.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "jobs", "database:identity", "database:regions", "database:registration", "database:evidence", "database:review" },
            checks);
    }

    [SkippableFact]
    public async Task Live_answers_200()
    {
        var response = await App.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task The_openapi_document_lists_the_slice_and_the_docs_page_serves_it()
    {
        var client = App.CreateClient();
        var document = await Json.ReadAsync(await client.GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/applications", out var applications));
        Assert.True(applications.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/v1/applications/{id}/student", out var student));
        Assert.True(student.TryGetProperty("put", out var put));

        // Integrators read the real codes from the document: every error the slice answers has an example.
        Assert.True(put.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _));
        var conflict = put.GetProperty("responses").GetProperty("409").GetProperty("content").GetProperty("application/problem+json").GetProperty("examples");
        Assert.Equal("student.id.duplicate", conflict.GetProperty("student.id.duplicate").GetProperty("value").GetProperty("code").GetString());
        var unprocessable = put.GetProperty("responses").GetProperty("422").GetProperty("content").GetProperty("application/problem+json").GetProperty("examples");
        Assert.True(unprocessable.TryGetProperty("student.age.too-young", out _));
        Assert.True(unprocessable.TryGetProperty("student.age.too-old", out _));

        var docs = await client.GetAsync("/docs/index.html");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("swagger", await docs.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// api.md: the document has "an example for every request and every error". Every JSON request
    /// body has one, and every declared 400, 409, 422 or 423 answer shows at least one problem.
    /// </summary>
    [SkippableFact]
    public async Task Every_request_body_and_every_declared_error_of_the_api_has_an_example()
    {
        var document = await Json.ReadAsync(await App.CreateClient().GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var missing = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (operation.Value.TryGetProperty("requestBody", out var body)
                    && body.GetProperty("content").TryGetProperty("application/json", out var json)
                    && !json.TryGetProperty("example", out _) && !json.TryGetProperty("examples", out _))
                {
                    missing.Add($"{name}: request");
                }

                foreach (var response in operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name is "400" or "409" or "422" or "423"))
                {
                    if (!response.Value.TryGetProperty("content", out var content)
                        || !content.EnumerateObject().Any(c => c.Value.TryGetProperty("examples", out _) || c.Value.TryGetProperty("example", out _)))
                    {
                        missing.Add($"{name}: {response.Name}");
                    }
                }
            }
        }

        Assert.Empty(missing);
    }

    [SkippableFact]
    public async Task Every_answer_carries_a_request_id_also_on_errors()
    {
        var client = App.CreateClient();
        var ok = await client.GetAsync("/health/live");
        var error = await client.GetAsync("/api/v1/applications/00000000-0000-0000-0000-000000000001");

        Assert.True(ok.Headers.Contains("X-Request-Id"));
        Assert.True(error.Headers.Contains("X-Request-Id"));
    }
}

public sealed class PlatformTests_Sqlite(SqliteFixture fixture) : PlatformTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PlatformTests_PostgreSql(PostgreSqlFixture fixture) : PlatformTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class PlatformTests_SqlServer(SqlServerFixture fixture) : PlatformTests(fixture), IClassFixture<SqlServerFixture>;
