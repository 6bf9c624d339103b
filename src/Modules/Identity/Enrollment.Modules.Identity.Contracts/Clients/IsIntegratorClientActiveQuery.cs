using Mediator;

namespace Enrollment.Modules.Identity.Contracts.Clients;

/// <summary>
/// Whether an integrator client (by its <c>client_id</c>) exists and is not revoked: the Review module's webhooks
/// (ADR-0035) post nothing more to the subscriptions of a revoked client.
/// </summary>
public sealed record IsIntegratorClientActiveQuery(string ClientId) : IQuery<bool>;
