using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>长期居住: the account holder must be a parent on the guardians page (by name).</summary>
public sealed class AccountHolderMustBeGuardianRule(string accountHolderName, string? fatherName, string? motherName) : IBusinessRule
{
    public bool IsBroken() =>
        !string.Equals(accountHolderName, fatherName, StringComparison.Ordinal)
        && !string.Equals(accountHolderName, motherName, StringComparison.Ordinal);

    public string Code => "evidence.account-holder.not-guardian";

    public string Message => "户主姓名须为学生父亲或母亲的姓名";

    public string? Field => "accountHolderName";
}
