using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Domain.Identifiers;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences.Rules;

namespace Enrollment.Modules.Evidence.Tests;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91512081MA62K0260E")]
    [InlineData("9131000063159284XQ")]
    [InlineData("91512081ma62k0260e")]
    [InlineData(" 9131000063159284XQ ")]
    public void Valid_codes_are_taken_upper_case(string input)
    {
        Assert.Null(UnifiedSocialCreditCode.Check(input, out var code));
        Assert.Equal(input.Trim().ToUpperInvariant(), code!.Value);
    }

    [Theory]
    [InlineData(null, CreditCodeError.Missing, "营业执照：请填写统一社会信用代码")]
    [InlineData("", CreditCodeError.Missing, "营业执照：请填写统一社会信用代码")]
    [InlineData("91512081MA62K0260", CreditCodeError.WrongLength, "营业执照：统一社会信用代码应为18位")]
    [InlineData("91512081MA62K0260EE", CreditCodeError.WrongLength, "营业执照：统一社会信用代码应为18位")]
    [InlineData("91512081MA62K0I60E", CreditCodeError.InvalidCharacters, "营业执照：统一社会信用代码只能由数字和大写字母组成（不含I、O、S、V、Z）")]
    [InlineData("9151208１MA62K0260E", CreditCodeError.InvalidCharacters, "营业执照：统一社会信用代码只能由数字和大写字母组成（不含I、O、S、V、Z）")]
    [InlineData("91512081MA62K0260F", CreditCodeError.WrongCheckCharacter, "营业执照：统一社会信用代码校验位错误，请核对是否填写有误")]
    [InlineData("9131000063159284XA", CreditCodeError.WrongCheckCharacter, "营业执照：统一社会信用代码校验位错误，请核对是否填写有误")]
    [InlineData("91512081MA62K0261E", CreditCodeError.WrongCheckCharacter, "营业执照：统一社会信用代码校验位错误，请核对是否填写有误")]
    public void Invalid_codes_say_why(string? input, CreditCodeError expected, string message)
    {
        Assert.Equal(expected, UnifiedSocialCreditCode.Check(input, out var code));
        Assert.Null(code);
        Assert.Equal(message, UnifiedSocialCreditCode.MessageOf(input));
    }

    [Fact]
    public void Create_stops_a_wrong_check_character_with_its_code_and_field()
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(() => UnifiedSocialCreditCode.Create("91512081MA62K0260F", "businessLicence"));
        Assert.Equal("evidence.business-licence.check-digit", exception.Code);
        Assert.Equal("businessLicence", exception.Error.Field);
    }

    [Fact]
    public void Create_names_other_shape_errors_invalid()
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(() => UnifiedSocialCreditCode.Create("123", "businessLicence"));
        Assert.Equal("evidence.business-licence.invalid", exception.Code);
    }

    [Theory]
    [InlineData("91512081MA62K0260", 'E')]
    [InlineData("9131000063159284X", 'Q')]
    public void Check_character_follows_GB_32100(string first17, char expected) =>
        Assert.Equal(expected, ChineseIdentifiers.CreditCodeCheckCharacterOf(first17));
}

public sealed class RelocatedPersonIdTests
{
    [Theory]
    [InlineData("11010519491231002X", null)]
    [InlineData("11010519491231002x", null)]
    [InlineData("440524188001010014", null)]
    [InlineData("", "被拆迁人身份证号：请填写身份证号")]
    [InlineData(null, "被拆迁人身份证号：请填写身份证号")]
    [InlineData("110105194912310", "被拆迁人身份证号：身份证号应为18位")]
    [InlineData("110105194912310021", "被拆迁人身份证号：身份证号校验位错误，请核对是否填写有误")]
    [InlineData("440524188001010015", "被拆迁人身份证号：身份证号校验位错误，请核对是否填写有误")]
    [InlineData("4405241880010100A4", "被拆迁人身份证号：身份证号校验位错误，请核对是否填写有误")]
    public void The_relocated_persons_id_is_checked_with_GB_11643(string? id, string? message)
    {
        Assert.Equal(message, RelocatedPersonIdMustBeValidRule.MessageOf(id));
        var rule = new RelocatedPersonIdMustBeValidRule(id);
        Assert.Equal(message is not null, rule.IsBroken());
        Assert.Equal("evidence.relocation.resident-id.invalid", rule.Code);
        Assert.Equal("relocatedPersonResidentId", rule.Field);
    }

    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("44052418800101001", '4')]
    public void The_shared_check_character_is_ISO_7064_MOD_11_2(string first17, char expected) =>
        Assert.Equal(expected, ChineseIdentifiers.ResidentIdCheckCharacterOf(first17));
}
