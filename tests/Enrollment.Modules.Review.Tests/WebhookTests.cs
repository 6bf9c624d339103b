using System.Net;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Review.Domain.Webhooks;

namespace Enrollment.Modules.Review.Tests;

/// <summary>The webhook rules (ADR-0035) from tables: where a delivery may go, what may be subscribed, the back-off, the signature.</summary>
public sealed class WebhookTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly string[] Accepted = [WebhookEventTypes.ApplicationAccepted];

    public static TheoryData<string?, bool, string?> Urls => new()
    {
        // url, private networks allowed, broken rule
        { "https://xueji.example.gov.cn/hooks/enrollment", false, null },
        { "http://xueji.example.gov.cn:8080/hooks?from=enrollment", false, null },
        { "https://203.0.113.10/hook", false, null },
        { "http://127.0.0.1:5000/hook", true, null },
        { "http://localhost/hook", true, null },
        { null, false, "webhook.url.invalid" },
        { "", false, "webhook.url.invalid" },
        { "ftp://xueji.example.gov.cn/hook", false, "webhook.url.invalid" },
        { "/hooks/enrollment", false, "webhook.url.invalid" },
        { "xueji.example.gov.cn/hook", false, "webhook.url.invalid" },
        { "https://user:secret@xueji.example.gov.cn/hook", false, "webhook.url.invalid" },
        { "https://xueji.example.gov.cn/hook#part", false, "webhook.url.invalid" },
        { "javascript:alert(1)", false, "webhook.url.invalid" },
        { "file:///etc/passwd", false, "webhook.url.invalid" },
        { "https://" + new string('a', 500) + ".cn/", false, "webhook.url.invalid" },
        { "http://localhost/hook", false, "webhook.url.private" },
        { "http://api.localhost/hook", false, "webhook.url.private" },
        { "http://127.0.0.1:5000/hook", false, "webhook.url.private" },
        { "http://10.1.2.3/hook", false, "webhook.url.private" },
        { "http://172.20.0.5/hook", false, "webhook.url.private" },
        { "http://192.168.1.20/hook", false, "webhook.url.private" },
        { "http://169.254.169.254/latest/meta-data", false, "webhook.url.private" },
        { "http://100.64.0.1/hook", false, "webhook.url.private" },
        { "http://0.0.0.0/hook", false, "webhook.url.private" },
        { "http://[::1]/hook", false, "webhook.url.private" },
        { "http://[fd00::1]/hook", false, "webhook.url.private" },
        { "http://[fe80::1]/hook", false, "webhook.url.private" },
        { "http://[::ffff:10.0.0.1]/hook", false, "webhook.url.private" },
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public void Given_a_url_Then_the_subscription_is_made_or_the_rule_is_named(string? url, bool privateAllowed, string? brokenRule)
    {
        var create = () => WebhookSubscription.Create("client-1", url, Accepted, null, 0, privateAllowed, "whsec_x", Now);

        if (brokenRule is null)
        {
            Assert.Equal(new Uri(url!).AbsoluteUri, create().Url);
        }
        else
        {
            var refused = Assert.Throws<BusinessRuleValidationException>(create);
            Assert.Equal((brokenRule, "url"), (refused.Code, refused.Error.Field));
        }
    }

    public static TheoryData<string[]?, string?> EventLists => new()
    {
        { ["application.accepted"], null },
        { ["application.deleted", "application.accepted", "application.returned", "application.accepted"], null },
        { null, "webhook.events.unknown" },
        { [], "webhook.events.unknown" },
        { ["application.submitted"], "webhook.events.unknown" },
        { ["application.accepted", "Application.Returned"], "webhook.events.unknown" },
    };

    [Theory]
    [MemberData(nameof(EventLists))]
    public void Given_events_Then_they_are_kept_once_in_order_or_the_rule_is_named(string[]? events, string? brokenRule)
    {
        var create = () => WebhookSubscription.Create("client-1", "https://xueji.example.gov.cn/hook", events, null, 0, false, "whsec_x", Now);

        if (brokenRule is null)
        {
            var subscription = create();
            Assert.Equal(WebhookEventTypes.All.Where(events!.Contains), subscription.Events);
            Assert.All(events!, e => Assert.True(subscription.Wants(e)));
        }
        else
        {
            Assert.Equal(brokenRule, Assert.Throws<BusinessRuleValidationException>(create).Code);
        }
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(WebhookSubscription.MaxPerClient - 1, null)]
    [InlineData(WebhookSubscription.MaxPerClient, "webhook.subscriptions.too-many")]
    public void Given_the_clients_subscriptions_Then_one_more_is_made_or_refused(int existing, string? brokenRule)
    {
        var create = () => WebhookSubscription.Create("client-1", "https://xueji.example.gov.cn/hook", Accepted, null, existing, false, "whsec_x", Now);

        if (brokenRule is null)
        {
            Assert.True(create().IsActive);
        }
        else
        {
            var refused = Assert.Throws<BusinessRuleValidationException>(create);
            Assert.Equal((brokenRule, RuleKind.Conflict), (refused.Code, refused.Error.Kind));
        }
    }

    [Fact]
    public void A_paused_or_deleted_subscription_wants_nothing_and_refuses_replays()
    {
        var subscription = WebhookSubscription.Create("client-1", "https://xueji.example.gov.cn/hook", Accepted, null, 0, false, "whsec_x", Now);
        var delivery = WebhookDelivery.Create(subscription, Guid.NewGuid(), WebhookEventTypes.ApplicationAccepted, Guid.NewGuid(), Now, "{}", Now);
        WebhookDelivery.CheckReplayable(delivery, subscription);
        Assert.False(subscription.Wants(WebhookEventTypes.ApplicationReturned));

        subscription.Change(subscription.Url, Accepted, null, active: false, false, Now);
        Assert.False(subscription.Wants(WebhookEventTypes.ApplicationAccepted));
        Assert.Equal("webhook.subscription.inactive", Assert.Throws<BusinessRuleValidationException>(() => WebhookDelivery.CheckReplayable(delivery, subscription)).Code);

        subscription.Change(subscription.Url, Accepted, null, active: true, false, Now);
        subscription.Delete(Now);
        Assert.False(subscription.Wants(WebhookEventTypes.ApplicationAccepted));
        Assert.Equal("webhook.subscription.inactive", Assert.Throws<BusinessRuleValidationException>(() => WebhookDelivery.CheckReplayable(delivery, subscription)).Code);
        Assert.Equal("webhook.subscription.inactive", Assert.Throws<BusinessRuleValidationException>(() => WebhookDelivery.CheckReplayable(delivery, null)).Code);
    }

    public static TheoryData<int, int, int?> Backoff => new()
    {
        // failed attempts, max attempts, seconds to the next attempt (null: given up); first 10 s, at most 60 s
        { 1, 10, 10 },
        { 2, 10, 20 },
        { 3, 10, 40 },
        { 4, 10, 60 },
        { 9, 10, 60 },
        { 10, 10, null },
        { 1, 1, null },
        { 3, 3, null },
        { 0, 10, null },
        { 1000, 2000, 60 },
    };

    [Theory]
    [MemberData(nameof(Backoff))]
    public void Given_failed_attempts_Then_the_next_waits_twice_as_long_up_to_the_cap_until_none_is_left(int failed, int max, int? seconds) =>
        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), WebhookBackoff.NextDelay(failed, max, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60)));

    [Fact]
    public void The_signature_is_v1_hex_hmac_sha256_of_timestamp_dot_body_and_verifies_only_as_sent()
    {
        // A known answer, computed apart (Python's hmac): HMAC-SHA256(key "key", "1780300800.{}").
        const string secret = "key";
        const string body = "{}";
        var sent = Now;
        var timestamp = WebhookSignature.Timestamp(sent);
        Assert.Equal("1780300800", timestamp);
        var signature = WebhookSignature.Sign(secret, timestamp, body);
        Assert.Equal("v1=df937f14155494a31c2cc957d141b88adcd2e0323973bde12852d64eb2908a6b", signature);

        var tolerance = WebhookSignature.DefaultTolerance;
        Assert.True(WebhookSignature.Verify(secret, signature, timestamp, body, sent, tolerance));
        Assert.True(WebhookSignature.Verify(secret, signature, timestamp, body, sent + TimeSpan.FromMinutes(5), tolerance));
        Assert.False(WebhookSignature.Verify(secret, signature, timestamp, body, sent + TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1), tolerance));
        Assert.False(WebhookSignature.Verify(secret, signature, timestamp, body, sent - TimeSpan.FromMinutes(6), tolerance));
        Assert.False(WebhookSignature.Verify(secret, null, timestamp, body, sent, tolerance));
        Assert.False(WebhookSignature.Verify(secret, signature, null, body, sent, tolerance));
        Assert.False(WebhookSignature.Verify(secret, signature, "-1", body, sent, tolerance));
        Assert.False(WebhookSignature.Verify(secret, signature, "99999999999999999999", body, sent, tolerance));
        Assert.False(WebhookSignature.Verify(secret, signature, timestamp, "{ }", sent, tolerance));
        Assert.False(WebhookSignature.Verify("other", signature, timestamp, body, sent, tolerance));
        Assert.False(WebhookSignature.Verify(secret, signature.ToUpperInvariant(), timestamp, body, sent, tolerance));
    }

    [Fact]
    public void Secrets_are_long_random_and_url_safe()
    {
        var secrets = Enumerable.Range(0, 50).Select(_ => WebhookSignature.NewSecret()).ToList();
        Assert.Equal(50, secrets.Distinct().Count());
        Assert.All(secrets, s => Assert.Matches("^whsec_[A-Za-z0-9_-]{43}$", s));
    }

    [Theory]
    [InlineData("8.8.8.8", false)]
    [InlineData("203.0.113.10", false)]
    [InlineData("2001:4860:4860::8888", false)]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.255.255.255", true)]
    [InlineData("172.15.0.1", false)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.0.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.63.255.255", false)]
    [InlineData("100.64.0.1", true)]
    [InlineData("224.0.0.1", true)]
    [InlineData("255.255.255.255", true)]
    [InlineData("::1", true)]
    [InlineData("::", true)]
    [InlineData("fc00::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("::ffff:8.8.8.8", false)]
    public void Given_an_address_Then_it_is_private_or_not(string address, bool isPrivate) =>
        Assert.Equal(isPrivate, WebhookTargets.IsPrivate(IPAddress.Parse(address)));
}
