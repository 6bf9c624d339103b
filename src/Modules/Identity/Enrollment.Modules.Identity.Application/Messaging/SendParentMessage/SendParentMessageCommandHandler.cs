using Enrollment.BuildingBlocks.Domain.PersonalData;
using Enrollment.Modules.Identity.Application.Abstractions;
using Enrollment.Modules.Identity.Application.WeChat;
using Enrollment.Modules.Identity.Contracts.Messaging;

namespace Enrollment.Modules.Identity.Application.Messaging.SendParentMessage;

/// <summary>WeChat template message first; one SMS to the bound phone only when WeChat refuses it for good.</summary>
internal sealed class SendParentMessageCommandHandler(
    IParentAccountRepository accounts,
    IWeChatMessenger messenger,
    IWeChatTemplates templates,
    ISmsSender sms) : ICommandHandler<SendParentMessageCommand, ParentMessageDelivery>
{
    public async ValueTask<ParentMessageDelivery> Handle(SendParentMessageCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var account = await accounts.GetAsync(command.ParentAccountId, cancellationToken);
        if (account is null)
        {
            // Erased (or never made, as the demo's seeded applications): nobody to reach, now or on any retry.
            return new ParentMessageDelivery(ParentMessageDelivery.None, null, ParentMessageDelivery.NoAccount);
        }

        string refusal;
        if (string.IsNullOrWhiteSpace(account.OpenId))
        {
            refusal = "no openid";
        }
        else if (templates.TemplateIdFor(command.Template) is not { } templateId)
        {
            refusal = $"no template for {command.Template}";
        }
        else
        {
            try
            {
                await messenger.SendTemplateMessageAsync(new TemplateMessage(account.OpenId, templateId, command.Data, command.Url), cancellationToken);
                return new ParentMessageDelivery(ParentMessageDelivery.WeChat, PersonalDataMask.Keep(account.OpenId, 4, 3), null);
            }
            catch (WeChatException exception) when (WeChatRefusals.IsRefusal(exception.ErrorCode))
            {
                refusal = $"{exception.ErrorCode} {exception.ErrorMessage}";
            }
        }

        if (string.IsNullOrWhiteSpace(account.Phone))
        {
            return new ParentMessageDelivery(ParentMessageDelivery.None, null, refusal + "; no phone bound");
        }

        await sms.SendAsync(account.Phone, command.SmsText, cancellationToken);
        return new ParentMessageDelivery(ParentMessageDelivery.Sms, PersonalDataMask.Mobile(account.Phone), refusal);
    }
}

/// <summary>WeChat's answers that say "this user will not get this message", as opposed to "try again later".</summary>
public static class WeChatRefusals
{
    /// <summary>40003 invalid openid, 43004 require subscribe, 43019 require remove blacklist, 43101 user refuse to accept the msg.</summary>
    public static readonly IReadOnlySet<int> Codes = new HashSet<int> { 40003, 43004, 43019, 43101 };

    public static bool IsRefusal(int errorCode) => Codes.Contains(errorCode);
}
