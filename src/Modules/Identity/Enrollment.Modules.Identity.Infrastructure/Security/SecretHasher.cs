using Enrollment.Modules.Identity.Application.Abstractions;
using Microsoft.AspNetCore.Identity;

namespace Enrollment.Modules.Identity.Infrastructure.Security;

/// <summary>ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, versioned format).</summary>
internal sealed class SecretHasher : ISecretHasher
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object Subject = new();

    public string Hash(string secret) => Hasher.HashPassword(Subject, secret);

    public string? Verify(string hash, string secret) =>
        Hasher.VerifyHashedPassword(Subject, hash, secret) switch
        {
            PasswordVerificationResult.Success => string.Empty,
            PasswordVerificationResult.SuccessRehashNeeded => Hasher.HashPassword(Subject, secret),
            _ => null,
        };
}
