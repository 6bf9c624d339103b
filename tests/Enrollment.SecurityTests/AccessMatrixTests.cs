using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enrollment.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace Enrollment.SecurityTests;

/// <summary>
/// The access matrix, generated from the route table: every API endpoint is sent by every kind of
/// caller, and each answer must be what <see cref="Expected"/> says of its entry — refused (401/403)
/// or let through (anything else, never 5xx). An endpoint without an entry fails the test: a new
/// endpoint is added here with the access it should have, not the one it happens to have.
/// </summary>
public sealed partial class AccessMatrixTests(SqliteFixture fixture, ITestOutputHelper output) : IClassFixture<SqliteFixture>
{
    public enum Access
    {
        Anonymous,
        Parent,
        ConsentedParent,
        AnySignIn,
        StaffRead,
        Reviewer,
        DistrictAdmin,
        Integrator,
        IntegratorPii,

        /// <summary>The audit trail: the Auditor and the DistrictAdmin, not a school's reviewer.</summary>
        AuditTrail,

        /// <summary>
        /// Open to anyone, but the request carries its own proof (a password, WeChat's signature): the
        /// empty one sent here is refused with 401/403 whoever sends it.
        /// </summary>
        ProvesItself,
    }

    private enum Caller
    {
        Anonymous,
        ParentA,
        ParentB,
        ReviewerInScope,
        ReviewerOutOfScope,
        Auditor,
        Admin,
        Integrator,
        IntegratorPii,
    }

    /// <summary>"METHOD /route/pattern" → who may pass.</summary>
    private static readonly Dictionary<string, Access> Expected = new(StringComparer.Ordinal)
    {
        ["DELETE /api/v1/admin/articles/{id:guid}"] = Access.DistrictAdmin,
        ["DELETE /api/v1/admin/schools/{id:guid}"] = Access.DistrictAdmin,
        ["DELETE /api/v1/admin/schools/{id:guid}/classes/{classId:guid}"] = Access.DistrictAdmin,
        ["DELETE /api/v1/admin/seasons/{id:guid}"] = Access.DistrictAdmin,
        ["DELETE /api/v1/admin/staff/{id:guid}"] = Access.DistrictAdmin,
        ["DELETE /api/v1/applications/{id:guid}"] = Access.Parent,
        ["DELETE /api/v1/applications/{id:guid}/evidence/{kind}/attachments/{attachmentId:guid}"] = Access.ConsentedParent,
        ["GET /api/v1/admin/agreements/"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/retention/reports/"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/retention/reports/{id:guid}"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/retention/reports/{id:guid}/applications"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/retention/reports/"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/retention/reports/{id:guid}/execution"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/retention/reports/{id:guid}/cancellation"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/articles/"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/articles/{id:guid}"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/clients/"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/return-reasons/"] = Access.StaffRead,
        ["GET /api/v1/admin/schools/"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/seasons/"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/seasons/{id:guid}"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/social-insurance/imports/{importId:guid}"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/social-insurance/imports/"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/staff/"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/staff/{id:guid}"] = Access.DistrictAdmin,
        ["GET /api/v1/agreement/"] = Access.Parent,
        ["GET /api/v1/applications/"] = Access.Parent,
        ["GET /api/v1/applications/{id:guid}"] = Access.Parent,
        ["GET /api/v1/applications/{id:guid}/evidence/"] = Access.Parent,
        ["GET /api/v1/applications/{id:guid}/evidence/{kind}/attachments/"] = Access.Parent,
        ["GET /api/v1/applications/{id:guid}/evidence/{kind}/attachments/{attachmentId:guid}"] = Access.Parent,
        ["GET /api/v1/articles/"] = Access.Anonymous,
        ["GET /api/v1/articles/{id:guid}"] = Access.Anonymous,
        ["GET /api/v1/auth/staff/me"] = Access.StaffRead,
        ["GET /api/v1/auth/wechat/authorize"] = Access.Anonymous,
        ["GET /api/v1/auth/wechat/callback"] = Access.Anonymous,
        ["GET /api/v1/integration/applications"] = Access.Integrator,
        ["GET /api/v1/integration/applications/{id:guid}"] = Access.Integrator,
        ["GET /api/v1/integration/me"] = Access.Integrator,
        ["GET /api/v1/me/"] = Access.Parent,
        ["GET /api/v1/regions/"] = Access.Anonymous,
        ["GET /api/v1/regions/{code}"] = Access.Anonymous,
        ["GET /api/v1/regions/{code}/children"] = Access.Anonymous,
        ["GET /api/v1/review/applications/"] = Access.StaffRead,
        ["GET /api/v1/review/applications/export"] = Access.StaffRead,
        ["GET /api/v1/review/applications/{id:guid}"] = Access.StaffRead,
        ["GET /api/v1/review/applications/{id:guid}/evidence/attachments/"] = Access.StaffRead,
        ["GET /api/v1/review/applications/{id:guid}/attachments/{attachmentId:guid}"] = Access.StaffRead,
        ["GET /api/v1/review/applications/{id:guid}/evidence/attachments/{attachmentId:guid}"] = Access.StaffRead,
        ["GET /api/v1/review/audit"] = Access.AuditTrail,
        ["GET /api/v1/review/notifications"] = Access.AuditTrail,
        ["GET /api/v1/review/audit/verification"] = Access.AuditTrail,
        ["GET /api/v1/review/statistics"] = Access.StaffRead,
        ["GET /api/v1/schools/"] = Access.Anonymous,
        ["GET /api/v1/schools/{id:guid}/classes"] = Access.Anonymous,
        ["GET /api/v1/seasons/current"] = Access.Anonymous,
        ["GET /api/v1/wechat/jssdk-config"] = Access.Parent,
        ["GET /api/v1/wechat/server/"] = Access.ProvesItself,
        ["POST /api/v1/admin/agreements/"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/articles/"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/clients/"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/clients/{id:guid}/revocation"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/regions/imports"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/return-reasons/"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/schools/"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/schools/imports"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/schools/{id:guid}/classes"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/seasons/"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/social-insurance/imports/"] = Access.DistrictAdmin,
        ["POST /api/v1/admin/staff/"] = Access.DistrictAdmin,
        ["POST /api/v1/agreement/acceptance"] = Access.Parent,
        ["POST /api/v1/applications/"] = Access.ConsentedParent,
        ["POST /api/v1/applications/{id:guid}/evidence/{kind}/attachments/"] = Access.ConsentedParent,
        ["POST /api/v1/applications/{id:guid}/evidence/{kind}/skip"] = Access.ConsentedParent,
        ["POST /api/v1/applications/{id:guid}/submission"] = Access.ConsentedParent,
        ["POST /api/v1/auth/logout"] = Access.AnySignIn,
        ["POST /api/v1/auth/staff/login"] = Access.ProvesItself,
        ["POST /api/v1/auth/staff/logout"] = Access.StaffRead,
        ["POST /api/v1/auth/token"] = Access.Anonymous,
        ["POST /api/v1/me/phone/verification"] = Access.Parent,
        ["POST /api/v1/review/applications/bulk-acceptance"] = Access.Reviewer,
        ["POST /api/v1/review/applications/{id:guid}/acceptance"] = Access.Reviewer,
        ["POST /api/v1/review/applications/{id:guid}/return"] = Access.Reviewer,
        ["POST /api/v1/review/applications/{id:guid}/reveal"] = Access.Reviewer,
        ["POST /api/v1/wechat/server/"] = Access.ProvesItself,
        ["PUT /api/v1/admin/articles/{id:guid}"] = Access.DistrictAdmin,
        ["PUT /api/v1/admin/return-reasons/{id:guid}"] = Access.DistrictAdmin,
        ["PUT /api/v1/admin/schools/{id:guid}"] = Access.DistrictAdmin,
        ["PUT /api/v1/admin/seasons/{id:guid}"] = Access.DistrictAdmin,
        ["PUT /api/v1/admin/staff/{id:guid}"] = Access.DistrictAdmin,
        ["PUT /api/v1/applications/{id:guid}/evidence/business"] = Access.ConsentedParent,
        ["PUT /api/v1/applications/{id:guid}/evidence/employment"] = Access.ConsentedParent,
        ["PUT /api/v1/applications/{id:guid}/evidence/long-term-residence"] = Access.ConsentedParent,
        ["PUT /api/v1/applications/{id:guid}/evidence/preferential-care"] = Access.ConsentedParent,
        ["PUT /api/v1/applications/{id:guid}/evidence/property"] = Access.ConsentedParent,
        ["PUT /api/v1/applications/{id:guid}/evidence/relocation"] = Access.ConsentedParent,
        ["PUT /api/v1/applications/{id:guid}/evidence/residence-permit"] = Access.ConsentedParent,
        ["PUT /api/v1/applications/{id:guid}/guardians"] = Access.ConsentedParent,
        ["PUT /api/v1/applications/{id:guid}/household"] = Access.ConsentedParent,
        ["PUT /api/v1/applications/{id:guid}/student"] = Access.ConsentedParent,
        ["PUT /api/v1/me/"] = Access.Parent,
        ["PUT /api/v1/me/phone"] = Access.Parent,

        // Integrators' webhooks (ADR-0035): a client's own under /integration, every client's for the admin.
        ["DELETE /api/v1/integration/webhooks/{id:guid}"] = Access.Integrator,
        ["GET /api/v1/admin/webhooks/"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/webhooks/deliveries"] = Access.DistrictAdmin,
        ["GET /api/v1/admin/webhooks/deliveries/{deliveryId:guid}"] = Access.DistrictAdmin,
        ["GET /api/v1/integration/webhooks/"] = Access.Integrator,
        ["GET /api/v1/integration/webhooks/deliveries"] = Access.Integrator,
        ["GET /api/v1/integration/webhooks/deliveries/{deliveryId:guid}"] = Access.Integrator,
        ["GET /api/v1/integration/webhooks/{id:guid}"] = Access.Integrator,
        ["POST /api/v1/admin/webhooks/deliveries/{deliveryId:guid}/replay"] = Access.DistrictAdmin,
        ["POST /api/v1/integration/webhooks/"] = Access.Integrator,
        ["POST /api/v1/integration/webhooks/deliveries/{deliveryId:guid}/replay"] = Access.Integrator,
        ["PUT /api/v1/integration/webhooks/{id:guid}"] = Access.Integrator,
    };

    [Fact]
    public async Task Every_endpoint_answers_every_kind_of_caller_as_its_entry_says()
    {
        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Key: $"{m} {e.RoutePattern.RawText}", Method: m, Endpoint: e)))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();

        var missing = endpoints.Where(e => !Expected.ContainsKey(e.Key)).ToList();
        Assert.True(missing.Count == 0, "Endpoints without an entry in the access matrix:\n" + string.Join('\n', missing.Select(e =>
            $"        [\"{e.Key}\"] = Access.{string.Join('+', e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "?").DefaultIfEmpty(e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null ? "?" : "Anonymous"))},")));
        Assert.Empty(Expected.Keys.Except(endpoints.Select(e => e.Key)));

        var callers = new Callers(fixture.App);
        var parentAApplication = await callers.ParentAApplicationAsync();
        var failures = new List<string>();
        var count = 0;
        foreach (var (key, method, endpoint) in endpoints.OrderBy(e => EndsSession(e.Key)))
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                var url = Url(endpoint.RoutePattern.RawText!, parentAApplication);
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = BodyFor(endpoint);
                }

                var client = await callers.GetAsync(caller);
                var status = (int)(await client.SendAsync(request)).StatusCode;
                count++;
                var allowed = Allowed(Expected[key], caller);
                var ok = allowed ? status is not (401 or 403) && status < 500 : status is 401 or 403;
                if (!ok)
                {
                    failures.Add($"{key} as {caller}: {status}, expected {(allowed ? "through" : "401/403")}");
                }

                if (EndsSession(key))
                {
                    callers.Forget(caller);
                }
            }
        }

        output.WriteLine($"{endpoints.Count} endpoints × {Enum.GetValues<Caller>().Length} callers = {count} requests");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>An empty body of the kind the endpoint reads, so routing reaches authorization (JSON to a multipart endpoint is 415 first).</summary>
    private static HttpContent BodyFor(RouteEndpoint endpoint)
    {
        var accepts = endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().SelectMany(a => a.ContentTypes).ToList();
        if (accepts.Any(t => t.StartsWith("multipart/", StringComparison.Ordinal)))
        {
            return new MultipartFormDataContent { { new StringContent("x"), "note" } };
        }

        return accepts.Contains("application/x-www-form-urlencoded")
            ? new FormUrlEncodedContent(new Dictionary<string, string>())
            : new StringContent("{}", Encoding.UTF8, "application/json");
    }

    private static bool EndsSession(string key) => key.EndsWith("/logout", StringComparison.Ordinal);

    private static bool Allowed(Access access, Caller caller) => access switch
    {
        Access.Anonymous => true,
        Access.Parent or Access.ConsentedParent => caller is Caller.ParentA or Caller.ParentB,
        Access.AnySignIn => caller is not (Caller.Anonymous or Caller.Integrator or Caller.IntegratorPii),
        Access.StaffRead => caller is Caller.ReviewerInScope or Caller.ReviewerOutOfScope or Caller.Auditor or Caller.Admin,
        Access.Reviewer => caller is Caller.ReviewerInScope or Caller.ReviewerOutOfScope or Caller.Admin,
        Access.DistrictAdmin => caller is Caller.Admin,
        Access.Integrator => caller is Caller.Integrator or Caller.IntegratorPii,
        Access.IntegratorPii => caller is Caller.IntegratorPii,
        Access.AuditTrail => caller is Caller.Auditor or Caller.Admin,
        _ => false,
    };

    private static string Url(string pattern, Guid parentAApplication) =>
        Parameter().Replace(pattern, m => (m.Groups["name"].Value, m.Groups["constraint"].Value) switch
        {
            (_, "guid") when pattern.StartsWith("/api/v1/applications/", StringComparison.Ordinal) => parentAApplication.ToString(),
            (_, "guid") => Guid.NewGuid().ToString(),
            (_, "int") => "1",
            ("code", _) => "410185",
            ("kind", _) => "property",
            _ => "x",
        });

    [GeneratedRegex("\\{(?<name>\\w+)(?::(?<constraint>\\w+))?[^}]*\\}")]
    private static partial Regex Parameter();

    /// <summary>One signed-in client per kind of caller, made on first use (again after a sign-out).</summary>
    private sealed class Callers(EnrollmentApp app)
    {
        private const string Password = "Matrix#Strong-2024";
        private readonly Dictionary<Caller, HttpClient> _clients = [];
        private readonly Guid _parentA = Guid.NewGuid();
        private readonly Guid _parentB = Guid.NewGuid();
        private readonly Guid _school = Guid.NewGuid();
        private readonly Dictionary<string, string> _staff = [];

        public async Task<Guid> ParentAApplicationAsync()
        {
            var parent = await GetAsync(Caller.ParentA);
            var started = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
            return (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        public void Forget(Caller caller) => _clients.Remove(caller);

        public async Task<HttpClient> GetAsync(Caller caller)
        {
            if (!_clients.TryGetValue(caller, out var client))
            {
                client = await CreateAsync(caller);
                _clients[caller] = client;
            }

            return client;
        }

        private async Task<HttpClient> CreateAsync(Caller caller) => caller switch
        {
            Caller.Anonymous => app.CreateClient(),
            Caller.ParentA => app.CreateParentClient(_parentA),
            Caller.ParentB => app.CreateParentClient(_parentB),
            Caller.ReviewerInScope => await StaffAsync("rin", "SchoolReviewer", _school),
            Caller.ReviewerOutOfScope => await StaffAsync("rout", "SchoolReviewer", Guid.NewGuid()),
            Caller.Auditor => await StaffAsync("aud", "Auditor"),
            Caller.Admin => await StaffAsync("adm", "DistrictAdmin"),
            Caller.Integrator => await IntegratorAsync("applications:read"),
            Caller.IntegratorPii => await IntegratorAsync("applications:read", "applications:read:pii"),
            _ => throw new ArgumentOutOfRangeException(nameof(caller)),
        };

        private async Task<HttpClient> StaffAsync(string prefix, string role, params Guid[] schools)
        {
            if (!_staff.TryGetValue(prefix, out var userName))
            {
                userName = Staff.NewUserName(prefix);
                await Staff.CreateAsync(await app.CreateAdminClientAsync(), userName, Password, role, schools);
                _staff[prefix] = userName;
            }

            return await app.CreateStaffClientAsync(userName, Password);
        }

        private async Task<HttpClient> IntegratorAsync(params string[] scopes)
        {
            var admin = await app.CreateAdminClientAsync();
            var created = await (await admin.PostAsJsonAsync("/api/v1/admin/clients", new { name = "矩阵" + scopes.Length, scopes })).Content.ReadFromJsonAsync<JsonElement>();
            var token = await (await app.CreateClient().PostAsync("/api/v1/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = created.GetProperty("clientId").GetString()!,
                ["client_secret"] = created.GetProperty("clientSecret").GetString()!,
                ["scope"] = string.Join(' ', scopes),
            }))).Content.ReadFromJsonAsync<JsonElement>();
            var client = app.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
            return client;
        }
    }
}
