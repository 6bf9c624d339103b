using System.Globalization;
using Enrollment.Modules.Identity.Application.Parents;
using Enrollment.Modules.Identity.Domain.Phones;
using Enrollment.BuildingBlocks.Domain.PersonalData;
using Enrollment.Modules.Identity.Domain.Phones.Rules;

namespace Enrollment.Modules.Identity.Application.Phones.RequestPhoneCode;

public sealed record PhoneCodeSentDto(string Phone, int ExpiresInSeconds, int ResendAfterSeconds);

/// <summary>Sends a six-digit code to the phone to bind (手机绑定).</summary>
public sealed record RequestPhoneCodeCommand(Guid AccountId, string? Phone) : ICommand<PhoneCodeSentDto>;

internal sealed class RequestPhoneCodeCommandHandler(IPhoneVerificationRepository verifications, IParentAccountRepository accounts, ISmsSendThrottle throttle, ISmsSender sms, TimeProvider clock)
    : ICommandHandler<RequestPhoneCodeCommand, PhoneCodeSentDto>
{
    public async ValueTask<PhoneCodeSentDto> Handle(RequestPhoneCodeCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var phone = (command.Phone ?? string.Empty).Trim();
        var recent = await verifications.SentSinceAsync(command.AccountId, phone, now - TimeSpan.FromDays(1), cancellationToken);
        var code = PhoneVerification.GenerateCode();
        var verifiedOwner = (await accounts.GetAsync(command.AccountId, cancellationToken))?.Phone == phone;
        var verification = PhoneVerification.Send(command.AccountId, phone, code, recent, now, verifiedOwner);
        string[] keys = [$"phone:{phone}", $"account:{command.AccountId:N}"];
        if (!await throttle.TryClaimAsync(keys, now, PhoneVerification.MinimumInterval, cancellationToken))
        {
            // Another request for this phone or account got through at the same instant.
            throw new BusinessRuleValidationException(new OneCodeAMinuteRule([verification], now));
        }

        verifications.Add(verification);
        await sms.SendAsync(phone, string.Create(CultureInfo.InvariantCulture, $"【入学信息采集】您的验证码是{code}，5分钟内有效。如非本人操作，请忽略本短信。"), cancellationToken);
        return new PhoneCodeSentDto(
            PersonalDataMask.Mobile(phone)!,
            (int)PhoneVerification.Lifetime.TotalSeconds,
            (int)PhoneVerification.MinimumInterval.TotalSeconds);
    }
}
