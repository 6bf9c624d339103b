using Enrollment.Modules.Identity.Application.WeChat;
using Enrollment.Modules.Identity.Domain.Parents;
using Enrollment.BuildingBlocks.Domain.PersonalData;

namespace Enrollment.Modules.Identity.Application.Parents;

/// <summary>个人信息, phone masked; <c>agreementAccepted</c> says whether the current agreement is agreed to.</summary>
public sealed record MeDto(Guid Id, string? Name, string? Relationship, string? Phone, bool PhoneBound, bool AgreementAccepted, int? AgreementVersion);

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
                ? new WeChatSignInRule("wechat.code.used", "授权码已使用，请重新从公众号菜单进入")
                : new WeChatSignInRule("wechat.code.invalid", "微信授权失败，请重新从公众号菜单进入"));
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

public sealed class WeChatSignInRule(string code, string message) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Code => code;

    public string Message => message;
}

public sealed record GetMeQuery(Guid AccountId) : IQuery<MeDto>;

internal sealed class GetMeQueryHandler(IParentAccountRepository accounts, IAgreementRepository agreements) : IQueryHandler<GetMeQuery, MeDto>
{
    public async ValueTask<MeDto> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var account = await accounts.GetAsync(query.AccountId, cancellationToken) ?? throw new NotFoundException("account", query.AccountId);
        return await account.ToDtoAsync(agreements, cancellationToken);
    }
}

public sealed record UpdateMeCommand(Guid AccountId, string? Name, string? Relationship) : ICommand<MeDto>;

internal sealed class UpdateMeCommandValidator : AbstractValidator<UpdateMeCommand>
{
    public UpdateMeCommandValidator()
    {
        RuleFor(c => c.Name).MaximumLength(30).WithMessage("姓名不能超过30个字");
        RuleFor(c => c.Relationship).MaximumLength(10).WithMessage("与学生关系不能超过10个字");
    }
}

internal sealed class UpdateMeCommandHandler(IParentAccountRepository accounts, IAgreementRepository agreements) : ICommandHandler<UpdateMeCommand, MeDto>
{
    public async ValueTask<MeDto> Handle(UpdateMeCommand command, CancellationToken cancellationToken)
    {
        var account = await accounts.GetAsync(command.AccountId, cancellationToken) ?? throw new NotFoundException("account", command.AccountId);
        account.UpdateProfile(command.Name, command.Relationship);
        return await account.ToDtoAsync(agreements, cancellationToken);
    }
}

internal static class ParentMapping
{
    public static async Task<MeDto> ToDtoAsync(this ParentAccount account, IAgreementRepository agreements, CancellationToken cancellationToken)
    {
        var current = await agreements.GetCurrentAsync(cancellationToken);
        var accepted = current is null || await agreements.GetConsentAsync(account.Id, current.Version, cancellationToken) is not null;
        return new MeDto(account.Id, account.Name, account.Relationship, PersonalDataMask.Mobile(account.Phone), account.Phone is not null, accepted, current?.Version);
    }
}
