using System.Security.Claims;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Review.Application.Webhooks;
using Enrollment.Modules.Review.Application.Webhooks.Deliveries.GetDelivery;
using Enrollment.Modules.Review.Application.Webhooks.Deliveries.ListDeliveries;
using Enrollment.Modules.Review.Application.Webhooks.Deliveries.ReplayDelivery;
using Enrollment.Modules.Review.Application.Webhooks.Subscriptions.CreateSubscription;
using Enrollment.Modules.Review.Application.Webhooks.Subscriptions.DeleteSubscription;
using Enrollment.Modules.Review.Application.Webhooks.Subscriptions.GetSubscription;
using Enrollment.Modules.Review.Application.Webhooks.Subscriptions.ListSubscriptions;
using Enrollment.Modules.Review.Application.Webhooks.Subscriptions.UpdateSubscription;
using Enrollment.Modules.Review.Domain.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.Modules.Review.Infrastructure.Endpoints;

/// <summary>
/// Integrators' webhooks (ADR-0035): a client's own subscriptions and delivery log under <c>/api/v1/integration/webhooks</c>
/// (bearer token with <c>applications:read</c>; another client's answer 404), and every client's log for the
/// DistrictAdmin under <c>/api/v1/admin/webhooks</c>, whose replays are audited as configuration changes.
/// </summary>
internal static class WebhookEndpoints
{
    private const string Signing =
        " Each delivery is a `POST` of JSON (`{ id, type, occurredAt, data: { applicationId, status, seasonId, seasonYear, schoolId, graduationType } }`, never personal data) with the headers "
        + "`X-Enrollment-Event-Id` (the idempotency key: the same on every retry and replay), `X-Enrollment-Event-Type`, `X-Enrollment-Timestamp` (Unix seconds), "
        + "`X-Enrollment-Delivery-Id`, `X-Enrollment-Attempt` and `X-Enrollment-Signature: v1=<hex HMAC-SHA256(secret, timestamp + \".\" + body)>`; "
        + "refuse a timestamp more than 5 minutes from your clock. Any 2xx within the timeout is a success; anything else (no redirect is followed) is retried with exponential back-off.";

    public static void MapWebhookEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/integration/webhooks")
            .WithTags("Integration webhooks")
            .RequireAuthorization(AccessPolicies.ApplicationsRead);

        group.MapGet("/", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListWebhookSubscriptionsQuery(ClientOf(user)), ct)))
            .WithName("ListWebhooks")
            .WithSummary("The calling client's webhook subscriptions (never their secrets)")
            .WithDescription("Bearer token with the scope `applications:read`. Only the subscriptions of the token's own client." + Signing)
            .WithIntegratorProblems();

        group.MapPost("/", CreateAsync)
            .WithName("CreateWebhook")
            .WithSummary("Register a URL for events; the answer shows the signing secret, once")
            .WithDescription(
                "`url`: an absolute `http://` or `https://` URL (no user info, no fragment; outside Development not `localhost` nor a private, loopback or link-local address: 422 `webhook.url.private`). "
                + $"`events`: one or more of `{string.Join("`, `", WebhookEventTypes.All)}`. At most {WebhookSubscription.MaxPerClient} subscriptions per client (409 `webhook.subscriptions.too-many`). "
                + "The answer's `secret` (`whsec_…`) signs every delivery; it is shown only here — keep it, or delete the subscription and register again." + Signing)
            .WithRequestExample(new WebhookRequest("https://xueji.example.gov.cn/hooks/enrollment", [WebhookEventTypes.ApplicationAccepted, WebhookEventTypes.ApplicationReturned], "学籍系统接收地址", null))
            .WithSubscriptionProblems()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "webhook.subscriptions.too-many", $"每个接口客户端最多登记{WebhookSubscription.MaxPerClient}个推送地址")
            .WithIntegratorProblems();

        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWebhookSubscriptionQuery(ClientOf(user), id), ct)))
            .WithName("GetWebhook")
            .WithSummary("One of the calling client's subscriptions; another client's answers 404")
            .WithIntegratorProblems()
            .WithNotFound();

        group.MapPut("/{id:guid}", UpdateAsync)
            .WithName("UpdateWebhook")
            .WithSummary("Change a subscription's URL, events, description, or pause it (`isActive: false`); the secret stays")
            .WithDescription("A paused subscription receives nothing; its waiting deliveries end `Cancelled` (replay them once it is active again). Another client's subscription answers 404.")
            .WithRequestExample(new WebhookRequest("https://xueji.example.gov.cn/hooks/enrollment", [WebhookEventTypes.ApplicationAccepted], "只接收审核通过", true))
            .WithSubscriptionProblems()
            .WithIntegratorProblems()
            .WithNotFound();

        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteWebhookSubscriptionCommand(ClientOf(user), id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteWebhook")
            .WithSummary("Delete a subscription: nothing more is posted to it; its delivery log stays")
            .WithIntegratorProblems()
            .WithNotFound();

        group.MapGet("/deliveries", async (
                ClaimsPrincipal user, ISender sender, CancellationToken ct, Guid? subscriptionId = null, Guid? applicationId = null, Guid? eventId = null,
                string? eventType = null, string? status = null, int? page = null, int? pageSize = null) =>
                TypedResults.Ok(await sender.Send(
                    new ListWebhookDeliveriesQuery(ClientOf(user), subscriptionId, applicationId, eventId, Blank(eventType), Blank(status), page ?? 1, pageSize ?? ListWebhookDeliveriesQuery.DefaultPageSize),
                    ct)))
            .WithName("ListWebhookDeliveries")
            .WithSummary("The calling client's delivery log, newest first: event, status, attempts, last status code, duration, error, next try")
            .WithDescription(DeliveryLogDescription)
            .WithDeliveryFilterProblems()
            .WithIntegratorProblems();

        group.MapGet("/deliveries/{deliveryId:guid}", async (Guid deliveryId, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWebhookDeliveryQuery(ClientOf(user), deliveryId), ct)))
            .WithName("GetWebhookDelivery")
            .WithSummary("One delivery of the calling client with its body and every attempt; another client's answers 404")
            .WithIntegratorProblems()
            .WithNotFound();

        group.MapPost("/deliveries/{deliveryId:guid}/replay", async (Guid deliveryId, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Accepted($"/api/v1/integration/webhooks/deliveries/{deliveryId}", await sender.Send(new ReplayWebhookDeliveryCommand(ClientOf(user), deliveryId), ct)))
            .WithName("ReplayWebhookDelivery")
            .WithSummary("Post a delivery again, with the same event id and body, in a new round of attempts")
            .WithDescription(ReplayDescription)
            .WithReplayProblems()
            .WithIntegratorProblems()
            .WithNotFound();

        var admin = endpoints.MapGroup("/api/v1/admin/webhooks")
            .WithTags("Integration webhooks (admin)")
            .RequireAuthorization(AccessPolicies.DistrictAdmin);

        admin.MapGet("/", async (ISender sender, CancellationToken ct, string? clientId = null) =>
                TypedResults.Ok(await sender.Send(new ListWebhookSubscriptionsQuery(Blank(clientId)), ct)))
            .WithName("AdminListWebhooks")
            .WithSummary("Every client's webhook subscriptions (DistrictAdmin; never the secrets); `clientId=` for one client's")
            .WithStaffProblems();

        admin.MapGet("/deliveries", async (
                ISender sender, CancellationToken ct, string? clientId = null, Guid? subscriptionId = null, Guid? applicationId = null, Guid? eventId = null,
                string? eventType = null, string? status = null, int? page = null, int? pageSize = null) =>
                TypedResults.Ok(await sender.Send(
                    new ListWebhookDeliveriesQuery(Blank(clientId), subscriptionId, applicationId, eventId, Blank(eventType), Blank(status), page ?? 1, pageSize ?? ListWebhookDeliveriesQuery.DefaultPageSize),
                    ct)))
            .WithName("AdminListWebhookDeliveries")
            .WithSummary("Every client's delivery log (DistrictAdmin), newest first; `clientId=` for one client's")
            .WithDescription(DeliveryLogDescription)
            .WithDeliveryFilterProblems()
            .WithStaffProblems();

        admin.MapGet("/deliveries/{deliveryId:guid}", async (Guid deliveryId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWebhookDeliveryQuery(null, deliveryId), ct)))
            .WithName("AdminGetWebhookDelivery")
            .WithSummary("One delivery with its body and every attempt (DistrictAdmin)")
            .WithStaffProblems()
            .WithNotFound();

        admin.MapPost("/deliveries/{deliveryId:guid}/replay", async (Guid deliveryId, ISender sender, CancellationToken ct) =>
                TypedResults.Accepted($"/api/v1/admin/webhooks/deliveries/{deliveryId}", await sender.Send(new ReplayWebhookDeliveryCommand(null, deliveryId), ct)))
            .WithName("AdminReplayWebhookDelivery")
            .WithSummary("Post a delivery again for its client (DistrictAdmin), same event id and body; audited as a configuration change")
            .WithDescription(ReplayDescription)
            .WithReplayProblems()
            .WithStaffProblems()
            .WithNotFound();
    }

    private const string DeliveryLogDescription =
        "One line per event and subscription. `status`: `Pending` (waiting for its first attempt or a retry at `nextAttemptAt`), `Sending`, `Succeeded`, "
        + "`Failed` (every attempt of the round failed; replay it), `Cancelled` (the subscription was paused or deleted, or the client revoked, before it went out). "
        + "`attempts` counts the current round, `totalAttempts` every round; `lastStatusCode` (null when no answer came), `lastDurationMs`, `lastError`. "
        + "Filters: `subscriptionId`, `applicationId`, `eventId`, `eventType`, `status`; paging `page` from 1, `pageSize` 1–200 (default 50).";

    private const string ReplayDescription =
        "Any delivery not being sent right now (409 `webhook.delivery.in-progress`) to a subscription still active (409 `webhook.subscription.inactive`). "
        + "The receiver gets the same `X-Enrollment-Event-Id` and body as before, with a new timestamp and signature: dedupe by the event id. Answers 202 with the delivery, `Pending`.";

    private static async Task<Created<WebhookSubscriptionDto>> CreateAsync(WebhookRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new CreateWebhookSubscriptionCommand(ClientOf(user), request.Url, request.Events, request.Description), cancellationToken);
        return TypedResults.Created($"/api/v1/integration/webhooks/{created.Id}", created);
    }

    private static async Task<Ok<WebhookSubscriptionDto>> UpdateAsync(Guid id, WebhookRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new UpdateWebhookSubscriptionCommand(ClientOf(user), id, request.Url, request.Events, request.Description, request.IsActive ?? true), cancellationToken));

    /// <summary>The token's client (its <c>client_id</c>, the name claim of the integrator scheme).</summary>
    private static string ClientOf(ClaimsPrincipal user) =>
        user.Identity?.Name is { Length: > 0 } clientId ? clientId : throw new InvalidOperationException("An integrator token without a client id.");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static RouteHandlerBuilder WithSubscriptionProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .WithValidationExample("url", "请填写推送地址")
        .WithValidationExample("events", "请至少选择一个事件")
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "webhook.url.invalid", $"推送地址须为以 http:// 或 https:// 开头的完整网址（不含用户名、密码和 #），不超过{WebhookTargets.MaxUrlLength}个字符", "url")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "webhook.url.private", "推送地址不能指向本机或内网地址", "url")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "webhook.events.unknown", $"请从 {string.Join("、", WebhookEventTypes.All)} 中选择至少一个事件", "events");

    private static RouteHandlerBuilder WithDeliveryFilterProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .WithValidationExample("status", "status 应为 Pending、Sending、Succeeded、Failed 或 Cancelled")
        .WithValidationExample("eventType", $"eventType 应为 {string.Join("、", WebhookEventTypes.All)}");

    private static RouteHandlerBuilder WithReplayProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "webhook.delivery.in-progress", "该推送正在发送中，请稍后再重新推送")
        .WithProblemExample(StatusCodes.Status409Conflict, "webhook.subscription.inactive", "该推送地址已停用或已删除，无法重新推送");

    private static RouteHandlerBuilder WithIntegratorProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");

    private static RouteHandlerBuilder WithStaffProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");

    private static RouteHandlerBuilder WithNotFound(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");
}

/// <summary>The body of <c>POST</c> and <c>PUT /api/v1/integration/webhooks</c>.</summary>
/// <param name="Events">One or more of <c>application.accepted</c>, <c>application.returned</c>, <c>application.deleted</c>.</param>
/// <param name="IsActive">PUT only: false pauses the subscription (default true).</param>
internal sealed record WebhookRequest(string? Url, IReadOnlyList<string>? Events, string? Description, bool? IsActive);
