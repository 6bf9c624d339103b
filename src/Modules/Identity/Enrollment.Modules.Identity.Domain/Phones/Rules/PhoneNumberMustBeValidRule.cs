using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Identity.Domain.Phones.Rules;

public sealed class PhoneNumberMustBeValidRule(string phone) : IBusinessRule
{
    public bool IsBroken() => phone is not { Length: 11 } || phone[0] != '1' || !phone.All(char.IsAsciiDigit);

    public string Code => "phone.invalid";

    public string Message => "请填写11位手机号码";

    public string? Field => "phone";
}
