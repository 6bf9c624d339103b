using System.Security.Claims;
using System.Security.Cryptography;
using Enrollment.Modules.Identity.Application.Abstractions;
using Enrollment.Modules.Identity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Enrollment.Modules.Identity.Infrastructure.Security;

/// <summary>Configuration section <c>Identity:Tokens</c>.</summary>
internal sealed class ClientTokenOptions
{
    public const string SectionName = "Identity:Tokens";

    /// <summary>Base64 HMAC-SHA256 key, at least 32 bytes. Empty: a key made at start (one instance only; Development).</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "enrollment";

    public string Audience { get; set; } = "enrollment-api";

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long an instance trusts what it read about a client. Zero (the default): every request
    /// reads the client's row, so a revocation holds at once on every instance; a longer time saves
    /// that read, and revocations made on another instance reach this one after it.
    /// </summary>
    public TimeSpan RevocationCheckCache { get; set; } = TimeSpan.Zero;
}

internal sealed class ClientSigningKey
{
    public ClientSigningKey(IOptions<ClientTokenOptions> options)
    {
        var configured = options.Value.SigningKey;
        var bytes = string.IsNullOrWhiteSpace(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException("Identity:Tokens:SigningKey must be at least 32 bytes (base64).");
        }

        Key = new SymmetricSecurityKey(bytes) { KeyId = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] };
        IsGenerated = string.IsNullOrWhiteSpace(configured);
    }

    public SymmetricSecurityKey Key { get; }

    public bool IsGenerated { get; }
}

internal sealed class ClientTokenIssuer(ClientSigningKey key, IOptions<ClientTokenOptions> options, TimeProvider clock, IMemoryCache cache, IServiceScopeFactory scopes)
    : IClientTokenIssuer
{
    public IssuedToken Issue(string clientId, IReadOnlyList<string> scopes)
    {
        var now = clock.GetUtcNow();
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + options.Value.Lifetime).UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, clientId),
                new Claim(IdentitySchemes.ClientIdClaim, clientId),
                new Claim(IdentitySchemes.ScopeClaim, string.Join(' ', scopes)),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, (int)options.Value.Lifetime.TotalSeconds);
    }

    public void Forget(string clientId) => cache.Remove(CacheKey(clientId));

    /// <summary>Whether the client still exists and is not revoked (see <see cref="ClientTokenOptions.RevocationCheckCache"/>).</summary>
    public async Task<bool> IsActiveAsync(string clientId, CancellationToken cancellationToken)
    {
        var trustFor = options.Value.RevocationCheckCache;
        if (trustFor > TimeSpan.Zero && cache.TryGetValue(CacheKey(clientId), out bool active))
        {
            return active;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        active = await db.IntegratorClients.AnyAsync(c => c.ClientId == clientId && c.RevokedAt == null, cancellationToken);
        if (trustFor > TimeSpan.Zero)
        {
            cache.Set(CacheKey(clientId), active, trustFor);
        }

        return active;
    }

    private static string CacheKey(string clientId) => $"identity:client:{clientId}";
}
