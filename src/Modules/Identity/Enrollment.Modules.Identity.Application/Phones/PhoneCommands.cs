using System.Globalization;
using Enrollment.Modules.Identity.Application.Parents;
using Enrollment.Modules.Identity.Domain.Phones;
using Enrollment.BuildingBlocks.Domain.PersonalData;

namespace Enrollment.Modules.Identity.Application.Phones;

public sealed record PhoneCodeSentDto(string Phone, int ExpiresInSeconds, int ResendAfterSeconds);

/// <summary>Sends a six-digit code to the phone to bind (手机绑定).</summary>
public sealed record RequestPhoneCodeCommand(Guid AccountId, string? Phone) : ICommand<PhoneCodeSentDto>;

internal sealed class RequestPhoneCodeCommandHandler(IPhoneVerificationRepository verifications, ISmsSendThrottle throttle, ISmsSender sms, TimeProvider clock)
    : ICommandHandler<RequestPhoneCodeCommand, PhoneCodeSentDto>
{
    public async ValueTask<PhoneCodeSentDto> Handle(RequestPhoneCodeCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var phone = (command.Phone ?? string.Empty).Trim();
        var recent = await verifications.SentSinceAsync(command.AccountId, phone, now - TimeSpan.FromDays(1), cancellationToken);
        var code = PhoneVerification.GenerateCode();
        var verification = PhoneVerification.Send(command.AccountId, phone, code, recent, now);
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

/// <summary>Binds (or rebinds) the phone with the code sent to it. A wrong code counts even though the request fails.</summary>
public sealed record BindPhoneCommand(Guid AccountId, string? Phone, string? Code) : ICommand<BindPhoneResult>;

/// <summary>Either the account after binding or the broken rule; the wrong-try count is saved either way.</summary>
public sealed record BindPhoneResult(MeDto? Me, IBusinessRule? Failure);

internal sealed class BindPhoneCommandHandler(
    IPhoneVerificationRepository verifications,
    IParentAccountRepository accounts,
    IAgreementRepository agreements,
    TimeProvider clock) : ICommandHandler<BindPhoneCommand, BindPhoneResult>
{
    public async ValueTask<BindPhoneResult> Handle(BindPhoneCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var phone = (command.Phone ?? string.Empty).Trim();
        var account = await accounts.GetAsync(command.AccountId, cancellationToken) ?? throw new NotFoundException("account", command.AccountId);
        var verification = await verifications.GetLatestAsync(command.AccountId, phone, cancellationToken);
        if (verification is null)
        {
            return new BindPhoneResult(null, new SmsCodeRule("sms.code.missing", "请先获取验证码"));
        }

        if (verification.Verify(command.Code ?? string.Empty, now) is { } failure)
        {
            return new BindPhoneResult(null, failure);
        }

        account.BindPhone(phone, now);
        return new BindPhoneResult(await account.ToDtoAsync(agreements, cancellationToken), null);
    }
}
