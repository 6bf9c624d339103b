using Enrollment.Modules.Identity.Application.WeChat;
using Enrollment.Modules.Identity.Domain.Parents;
using Enrollment.BuildingBlocks.Domain.PersonalData;

namespace Enrollment.Modules.Identity.Application.Parents.SignInWithWeChat;

/// <summary>The callback of WeChat's web authorization: the code becomes an account (created on the first visit).</summary>
public sealed record SignInWithWeChatCommand(string Code) : ICommand<Guid>;

internal sealed class SignInWithWeChatCommandHandler(IWeChatOAuth weChat, IParentAccountRepository accounts, TimeProvider clock)
    : ICommandHandler<SignInWithWeChatCommand, Guid>
{
    public async ValueTask<Guid> Handle(SignInWithWeChatCommand command, CancellationToken cancellationToken)
    {
        WeChatUser user;
        try
        {
            user = await weChat.ExchangeCodeAsync(command.Code ?? string.Empty, cancellationToken);
        }
        catch (WeChatException exception)
        {
            throw new BusinessRuleValidationException(exception.ErrorCode == WeChatException.CodeUsed
                ? new DomainError("wechat.code.used", "授权码已使用，请重新从公众号菜单进入")
                : new DomainError("wechat.code.invalid", "微信授权失败，请重新从公众号菜单进入"));
        }

        var now = clock.GetUtcNow();
        var account = await accounts.FindAsync(user.OpenId, user.UnionId, cancellationToken);
        if (account is null)
        {
            account = ParentAccount.Create(user.OpenId, user.UnionId, now);
            accounts.Add(account);
        }
        else
        {
            account.SignedIn(user.UnionId, now);
        }

        return account.Id;
    }
}
