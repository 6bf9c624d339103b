using Mediator;

namespace Enrollment.Modules.Identity.Contracts.Messaging;

/// <summary>
/// Tells a parent something: a WeChat template message to the account's openid, or, when WeChat refuses it (not
/// subscribed 43004, the user refuses the account's messages 43101, blocked 43019, an unknown openid 40003, no
/// openid at all), one text message to the account's bound phone. An account that no longer exists is told nothing, and
/// that is an answer (channel <c>None</c>), not a failure to retry. A failure whose outcome is unknown or passing
/// (network, 5xx, WeChat's -1 系统繁忙, the SMS gateway down) is thrown for the caller to retry; nothing is sent twice
/// by this command itself: it tries WeChat once, and the SMS only after WeChat's refusal.
/// </summary>
/// <param name="ParentAccountId">The parent's account (the owner of the application).</param>
/// <param name="Template">What the message says: <see cref="ParentMessageTemplates"/>.</param>
/// <param name="Data">The template's fields (keyword1, keyword2, ...; first and remark), each a short text.</param>
/// <param name="SmsText">The whole text of the SMS when WeChat refuses.</param>
/// <param name="Url">Where the message opens (an H5 page), for the template message.</param>
public sealed record SendParentMessageCommand(
    Guid ParentAccountId,
    string Template,
    IReadOnlyDictionary<string, string> Data,
    string SmsText,
    string? Url = null) : ICommand<ParentMessageDelivery>;

/// <summary>How a message went.</summary>
/// <param name="Channel"><c>WeChat</c>, <c>Sms</c>, or <c>None</c> (WeChat refused and no phone is bound, or the account
/// no longer exists: <c>no parent account</c>).</param>
/// <param name="Recipient">Whom it went to, masked (<c>o3kT****x9Q</c>, <c>138****5678</c>); null for <c>None</c>.</param>
/// <param name="Detail">Why the channel was chosen: WeChat's refusal (<c>43004 require subscribe</c>); null when WeChat took it.</param>
public sealed record ParentMessageDelivery(string Channel, string? Recipient, string? Detail)
{
    public const string WeChat = "WeChat";
    public const string Sms = "Sms";
    public const string None = "None";

    /// <summary>The detail of a message to an account that no longer exists.</summary>
    public const string NoAccount = "no parent account";
}

/// <summary>The messages the platform sends parents; each has a WeChat template (configured in <c>WeChat:Templates</c>).</summary>
public static class ParentMessageTemplates
{
    /// <summary>有误: a reviewer returned the application.</summary>
    public const string ApplicationReturned = "application-returned";

    /// <summary>已提交: a reviewer accepted the application.</summary>
    public const string ApplicationAccepted = "application-accepted";

    /// <summary>An application still a draft a few days before the season closes.</summary>
    public const string DraftReminder = "draft-reminder";
}
