using System.Net;
using System.Text.Json;
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
    /// api.md and issue 16 point 5: every operation of every module has a summary, an example for every request body
    /// (each content type it accepts) and for every error it declares (4xx and 5xx), and an operation that needs a
    /// sign-in names its security scheme — cookies for parents and staff, client credentials / bearer for integrators.
    /// </summary>
    [SkippableFact]
    public async Task Every_operation_has_a_summary_and_an_example_for_every_request_and_every_error_and_names_its_security()
    {
        var document = await Json.ReadAsync(await App.CreateClient().GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("cookie", schemes.GetProperty("parentCookie").GetProperty("in").GetString());
        Assert.Equal("enrollment.staff", schemes.GetProperty("staffCookie").GetProperty("name").GetString());
        Assert.Equal("/api/v1/auth/token", schemes.GetProperty("clientCredentials").GetProperty("flows").GetProperty("clientCredentials").GetProperty("tokenUrl").GetString());
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());

        var missing = new List<string>();
        var operations = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                operations++;
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (!operation.Value.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
                {
                    missing.Add($"{name}: summary");
                }

                if (operation.Value.TryGetProperty("requestBody", out var body))
                {
                    foreach (var content in body.GetProperty("content").EnumerateObject().Where(c => !HasExample(c.Value)))
                    {
                        missing.Add($"{name}: request {content.Name}");
                    }
                }

                foreach (var response in operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
                {
                    if (!response.Value.TryGetProperty("content", out var content) || !content.EnumerateObject().Any(c => HasExample(c.Value)))
                    {
                        missing.Add($"{name}: {response.Name}");
                    }
                }

                var secured = operation.Value.TryGetProperty("security", out var security) && security.GetArrayLength() > 0;
                if (secured && !operation.Value.GetProperty("responses").TryGetProperty("401", out _))
                {
                    missing.Add($"{name}: security without 401");
                }
            }
        }

        Assert.True(operations > 90, $"{operations} operations");
        Assert.Empty(missing);

        // The integrators' operations take their token; the staff's their cookie.
        var feed = document.GetProperty("paths").GetProperty("/api/v1/integration/applications").GetProperty("get");
        Assert.Contains(feed.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("clientCredentials", out var scopes) && scopes[0].GetString() == "applications:read");
        Assert.True(feed.GetProperty("responses").TryGetProperty("429", out _));
        var queue = document.GetProperty("paths").GetProperty("/api/v1/review/applications").GetProperty("get");
        Assert.Contains(queue.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("staffCookie", out _));
    }

    private static bool HasExample(JsonElement media) => media.TryGetProperty("example", out _) || media.TryGetProperty("examples", out _);

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
