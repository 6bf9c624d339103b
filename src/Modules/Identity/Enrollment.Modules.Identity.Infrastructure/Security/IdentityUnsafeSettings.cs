using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Identity.Domain.Staff;
using Enrollment.Modules.Identity.Infrastructure.Persistence;
using Enrollment.Modules.Identity.Infrastructure.Seeding;
using Enrollment.Modules.Identity.Infrastructure.WeChat;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Identity.Infrastructure.Security;

/// <summary>
/// Identity's settings that only Development and Demo may run with: the WeChat simulator's
/// credentials and addresses, no token signing key, the demo staff, and no first admin.
/// </summary>
internal sealed class IdentityUnsafeSettings(
    IOptions<WeChatOptions> weChat,
    IOptions<ClientTokenOptions> tokens,
    IOptions<IdentitySeedOptions> seed,
    IServiceScopeFactory scopes) : IUnsafeSettingsCheck
{
    private static readonly WeChatOptions Simulator = new();

    public async Task<IReadOnlyList<string>> FindAsync(CancellationToken cancellationToken)
    {
        var found = new List<string>();
        var w = weChat.Value;
        if (string.IsNullOrWhiteSpace(w.AppId) || w.AppId == Simulator.AppId)
        {
            found.Add("WeChat:AppId is the simulator's; set the official account's AppID.");
        }

        if (string.IsNullOrWhiteSpace(w.AppSecret) || w.AppSecret == Simulator.AppSecret)
        {
            found.Add("WeChat:AppSecret is the simulator's; set the official account's AppSecret.");
        }

        if (string.IsNullOrWhiteSpace(w.Token) || w.Token == Simulator.Token)
        {
            found.Add("WeChat:Token is the simulator's; set the token of the server URL configuration (服务器配置).");
        }

        if (string.IsNullOrWhiteSpace(w.ApiBaseUrl) || string.IsNullOrWhiteSpace(w.OpenBaseUrl))
        {
            found.Add("WeChat:ApiBaseUrl and WeChat:OpenBaseUrl are empty (the simulator, which production does not have); set https://api.weixin.qq.com and https://open.weixin.qq.com.");
        }

        found.AddRange(SigningKeyProblem(tokens.Value.SigningKey));

        var s = seed.Value;
        if (s.DemoStaff.Enabled)
        {
            found.Add("Identity:DemoStaff:Enabled is true: the demo accounts' passwords are public; set it to false.");
        }

        var bootstrap = s.BootstrapAdmin is { UserName.Length: > 0, Password.Length: > 0 };
        if (bootstrap && Application.Staff.StaffPasswordPolicy.Check(s.BootstrapAdmin!.Password!, s.BootstrapAdmin.UserName) is { } weak)
        {
            found.Add($"Identity:BootstrapAdmin:Password breaks the staff password policy: {weak}.");
        }

        if (!bootstrap && !await AnyAdminAsync(cancellationToken))
        {
            found.Add("Identity:BootstrapAdmin:UserName and :Password are empty and no DistrictAdmin exists: nobody could sign in to create one; set them for the first start.");
        }

        return found;
    }

    private static IEnumerable<string> SigningKeyProblem(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            yield return "Identity:Tokens:SigningKey is empty: integrators' tokens would be signed with a key made at start and refused by every other instance; set a base64 key of at least 32 bytes (openssl rand -base64 32).";
            yield break;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(key);
        }
        catch (FormatException)
        {
            bytes = [];
        }

        if (bytes.Length < 32)
        {
            yield return "Identity:Tokens:SigningKey is not a base64 key of at least 32 bytes (openssl rand -base64 32).";
        }
    }

    private async Task<bool> AnyAdminAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().StaffUsers
            .AnyAsync(u => u.Role == StaffRole.DistrictAdmin && !u.IsDisabled, cancellationToken);
    }
}
