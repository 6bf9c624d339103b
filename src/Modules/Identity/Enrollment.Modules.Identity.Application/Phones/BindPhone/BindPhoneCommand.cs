using System.Globalization;
using Enrollment.Modules.Identity.Application.Parents;
using Enrollment.Modules.Identity.Domain.Phones;
using Enrollment.BuildingBlocks.Domain.PersonalData;

namespace Enrollment.Modules.Identity.Application.Phones.BindPhone;

/// <summary>Binds (or rebinds) the phone with the code sent to it. A wrong code counts even though the request fails.</summary>
public sealed record BindPhoneCommand(Guid AccountId, string? Phone, string? Code) : ICommand<BindPhoneResult>;

/// <summary>Either the account after binding or the broken rule; the wrong-try count is saved either way.</summary>
public sealed record BindPhoneResult(MeDto? Me, DomainError? Failure);

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
            return new BindPhoneResult(null, SmsCodeErrors.Refused("sms.code.missing", "请先获取验证码"));
        }

        if (verification.Verify(command.Code ?? string.Empty, now) is { } failure)
        {
            return new BindPhoneResult(null, failure);
        }

        account.BindPhone(phone, now);
        return new BindPhoneResult(await account.ToDtoAsync(agreements, cancellationToken), null);
    }
}
