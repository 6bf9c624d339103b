using System.Net;
using System.Net.Http.Json;
using System.Text;
using Enrollment.Modules.Identity.Application.WeChat;
using Enrollment.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>The WeChat client's resilience: network errors and 5xx are retried, WeChat's errcodes never; the first admin from configuration.</summary>
public sealed class WeChatClientTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task A_5xx_is_retried_and_a_business_errcode_is_not()
    {
        var weChat = new ScriptedWeChat();
        await using var app = fixture.App.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHttpClient("WeChat").ConfigurePrimaryHttpMessageHandler(() => weChat)));

        weChat.Answers.Enqueue(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        weChat.Answers.Enqueue(Json("""{"access_token":"w","expires_in":7200,"openid":"o-retried","scope":"snsapi_base"}"""));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<IWeChatOAuth>().ExchangeCodeAsync("code-after-503", CancellationToken.None);
            Assert.Equal("o-retried", user.OpenId);
        }

        Assert.Equal(2, weChat.Calls);

        weChat.Answers.Enqueue(Json("""{"errcode":40029,"errmsg":"invalid code"}"""));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var error = await Assert.ThrowsAsync<WeChatException>(() =>
                scope.ServiceProvider.GetRequiredService<IWeChatOAuth>().ExchangeCodeAsync("bad-code", CancellationToken.None));
            Assert.Equal(WeChatException.InvalidCode, error.ErrorCode);
        }

        Assert.Equal(3, weChat.Calls);
    }

    [Fact]
    public async Task The_first_admin_comes_from_configuration()
    {
        var (connectionString, _) = await fixture.CreateDatabaseAsync(Path.GetTempPath());
        await using var app = fixture.StartApp(connectionString!, new Dictionary<string, string?>
        {
            ["Identity:BootstrapAdmin:UserName"] = "bureau-admin",
            ["Identity:BootstrapAdmin:Password"] = "Bureau#Admin1",
        });

        var admin = await app.CreateStaffClientAsync("bureau-admin", "Bureau#Admin1");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/staff")).StatusCode);
    }

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private sealed class ScriptedWeChat : HttpMessageHandler
    {
        private int _calls;

        public Queue<HttpResponseMessage> Answers { get; } = new();

        public int Calls => _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(Answers.Dequeue());
        }
    }
}
