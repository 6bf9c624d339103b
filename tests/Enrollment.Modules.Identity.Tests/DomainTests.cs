using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Identity.Domain.Agreements;
using Enrollment.Modules.Identity.Domain.Parents;
using Enrollment.Modules.Identity.Domain.Phones;
using Enrollment.Modules.Identity.Domain.Staff;
using Enrollment.BuildingBlocks.Domain.PersonalData;

namespace Enrollment.Modules.Identity.Tests;

public class DomainTests
{
    private static readonly DateTimeOffset Now = new(2024, 7, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly RecentCodes None = new([], []);

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData(null, null)]
    public void A_phone_is_masked(string? phone, string? masked) => Assert.Equal(masked, PersonalDataMask.Mobile(phone));

    [Theory]
    [InlineData(29, true)]
    [InlineData(30, false)]
    public void The_agreement_is_accepted_from_30_seconds_after_it_was_shown(int seconds, bool refused)
    {
        var shown = AgreementShown.Record(Guid.NewGuid(), 1, Now);

        var accept = () => AgreementConsent.Accept(shown.AccountId, 1, shown, "hash", Now.AddSeconds(seconds));

        if (refused)
        {
            Assert.Equal("agreement.too-early", Assert.Throws<BusinessRuleValidationException>(accept).Code);
        }
        else
        {
            Assert.Equal(1, accept().Version);
        }
    }

    [Fact]
    public void An_sms_code_is_six_digits_and_verified_once()
    {
        var code = PhoneVerification.GenerateCode();
        var verification = PhoneVerification.Send(Guid.NewGuid(), "13812345678", code, None, Now);

        Assert.Matches("^[0-9]{6}$", code);
        Assert.Null(verification.Verify(code, Now.AddMinutes(4)));
        Assert.Equal("sms.code.exhausted", verification.Verify(code, Now.AddMinutes(4))!.Code);
    }

    [Fact]
    public void An_sms_code_expires_at_five_minutes()
    {
        var verification = PhoneVerification.Send(Guid.NewGuid(), "13812345678", "123456", None, Now);

        Assert.Equal("sms.code.expired", verification.Verify("123456", Now.AddMinutes(5))!.Code);
    }

    [Fact]
    public void The_fifth_wrong_try_ends_the_code()
    {
        var verification = PhoneVerification.Send(Guid.NewGuid(), "13812345678", "123456", None, Now);

        var codes = Enumerable.Range(0, 5).Select(_ => verification.Verify("000000", Now)!.Code).ToList();

        Assert.Equal(["sms.code.wrong", "sms.code.wrong", "sms.code.wrong", "sms.code.wrong", "sms.code.exhausted"], codes);
        Assert.Equal("sms.code.exhausted", verification.Verify("123456", Now)!.Code);
    }

    [Fact]
    public void Codes_are_limited_per_minute_and_per_day_for_the_phone_and_for_the_account()
    {
        var account = Guid.NewGuid();
        var last = PhoneVerification.Send(account, "13812345678", "123456", None, Now);
        Assert.Equal("sms.too-frequent", Assert.Throws<BusinessRuleValidationException>(() =>
            PhoneVerification.Send(Guid.NewGuid(), "13812345678", "1", new RecentCodes([last], []), Now.AddSeconds(59))).Code);
        Assert.Equal("sms.too-frequent", Assert.Throws<BusinessRuleValidationException>(() =>
            PhoneVerification.Send(account, "13900000000", "1", new RecentCodes([], [last]), Now.AddSeconds(59))).Code);

        var ten = Enumerable.Range(0, 10).Select(i => PhoneVerification.Send(account, "13812345678", "1", None, Now.AddMinutes(i))).ToList();
        Assert.Equal("sms.daily-limit", Assert.Throws<BusinessRuleValidationException>(() =>
            PhoneVerification.Send(account, "13812345678", "1", new RecentCodes(ten, []), Now.AddMinutes(11))).Code);
        Assert.Equal("sms.daily-limit", Assert.Throws<BusinessRuleValidationException>(() =>
            PhoneVerification.Send(account, "13900000000", "1", new RecentCodes([], ten), Now.AddMinutes(11))).Code);
        Assert.NotNull(PhoneVerification.Send(account, "13812345678", "1", new RecentCodes(ten, ten), Now.AddMinutes(10).AddDays(1)));
    }

    public static TheoryData<int, bool, bool, string?> PhoneCeilingCases() => new()
    {
        // other accounts that asked today, this account among them, this account is the phone's bound owner → refusal
        { 0, false, false, null },
        { 19, false, false, null },
        { 20, false, false, "sms.phone-daily-limit" },
        { 20, true, false, null },
        { 20, false, true, null },
        { 100, false, true, null },
    };

    [Theory]
    [MemberData(nameof(PhoneCeilingCases))]
    public void A_phone_gets_codes_for_at_most_twenty_accounts_a_day_and_its_owner_bypasses_the_ceiling(int others, bool alreadyAsked, bool owner, string? refusal)
    {
        var account = Guid.NewGuid();
        var toPhone = Enumerable.Range(0, others).Select(i => PhoneVerification.Send(Guid.NewGuid(), "13812345678", "1", None, Now.AddHours(-20).AddMinutes(i))).ToList();
        if (alreadyAsked)
        {
            toPhone.Add(PhoneVerification.Send(account, "13812345678", "1", None, Now.AddHours(-1)));
        }

        var send = () => PhoneVerification.Send(account, "13812345678", "1", new RecentCodes(toPhone, []), Now, owner);

        if (refusal is null)
        {
            Assert.NotNull(send());
        }
        else
        {
            Assert.Equal(refusal, Assert.Throws<BusinessRuleValidationException>(send).Code);
        }
    }

    [Fact]
    public void Codes_other_accounts_asked_for_a_phone_do_not_use_up_its_owner_s_budget()
    {
        var owner = Guid.NewGuid();
        var others = Enumerable.Range(0, 50).Select(i => PhoneVerification.Send(Guid.NewGuid(), "13812345678", "1", None, Now.AddHours(-10).AddMinutes(i))).ToList();
        Assert.Throws<BusinessRuleValidationException>(() => PhoneVerification.Send(Guid.NewGuid(), "13812345678", "1", new RecentCodes(others, []), Now));

        Assert.NotNull(PhoneVerification.Send(owner, "13812345678", "1", new RecentCodes(others, []), Now, verifiedOwner: true));
        var mine = Enumerable.Range(0, 5).Select(i => PhoneVerification.Send(owner, "13812345678", "1", None, Now.AddHours(-5).AddMinutes(i))).ToList();
        Assert.Equal("sms.daily-limit", Assert.Throws<BusinessRuleValidationException>(() =>
            PhoneVerification.Send(owner, "13812345678", "1", new RecentCodes([.. others, .. mine], []), Now, verifiedOwner: true)).Code);
    }

    [Fact]
    public void Five_failed_sign_ins_lock_a_staff_user_for_fifteen_minutes()
    {
        var user = StaffUser.Create("Reviewer1", "李老师", "hash", StaffRole.SchoolReviewer, [Guid.NewGuid()], Now);
        for (var i = 0; i < 4; i++)
        {
            user.SignInFailed(Now);
        }

        Assert.False(user.IsLockedOut(Now));
        user.SignInFailed(Now);
        Assert.True(user.IsLockedOut(Now.AddMinutes(14)));
        Assert.False(user.IsLockedOut(Now.AddMinutes(15)));
        Assert.Equal("reviewer1", user.UserName);
    }

    [Fact]
    public void Only_a_school_reviewer_keeps_school_ids()
    {
        var user = StaffUser.Create("auditor", "审计", "hash", StaffRole.Auditor, [Guid.NewGuid()], Now);
        Assert.Empty(user.SchoolIds);
    }
}
