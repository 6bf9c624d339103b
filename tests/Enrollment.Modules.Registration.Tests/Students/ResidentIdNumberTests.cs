using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Students;

namespace Enrollment.Modules.Registration.Tests.Students;

public class ResidentIdNumberTests
{
    public static TheoryData<string, string, Gender, string> ValidIds => new()
    {
        // input, stored value, gender, birth date
        { "11010519491231002X", "11010519491231002X", Gender.Female, "1949-12-31" },
        { "11010519491231002x", "11010519491231002X", Gender.Female, "1949-12-31" },
        { "  11010519491231002X  ", "11010519491231002X", Gender.Female, "1949-12-31" },
        { "410185201808310017", "410185201808310017", Gender.Male, "2018-08-31" },
        { "410185201709010027", "410185201709010027", Gender.Female, "2017-09-01" },
        { "41018520120101123X", "41018520120101123X", Gender.Male, "2012-01-01" },
        { "410185202002290023", "410185202002290023", Gender.Female, "2020-02-29" },
        { "110101199003078996", "110101199003078996", Gender.Male, "1990-03-07" },
    };

    [Theory]
    [MemberData(nameof(ValidIds))]
    public void Given_a_valid_id_When_parsed_Then_value_gender_and_birth_date_are_read(string input, string value, Gender gender, string birthDate)
    {
        var result = ResidentIdNumber.Parse(input);

        Assert.True(result.IsValid);
        Assert.Null(result.Error);
        Assert.Null(result.Message);
        var number = result.Number!;
        Assert.Equal(value, number.Value);
        Assert.Equal(value, number.ToString());
        Assert.Equal(gender, number.Gender);
        Assert.Equal(TestData.Date(birthDate), number.BirthDate);
    }

    [Fact]
    public void Given_the_standards_own_example_born_1880_When_parsed_Then_it_is_valid_and_male()
    {
        var result = ResidentIdNumber.Parse("440524188001010014");

        Assert.True(result.IsValid, $"Parse answered {result.Error}");
        Assert.Equal(Gender.Male, result.Number!.Gender);
        Assert.Equal(new DateOnly(1880, 1, 1), result.Number.BirthDate);
    }

    public static TheoryData<string?, ResidentIdError, string> InvalidIds => new()
    {
        { null, ResidentIdError.Missing, "请填写身份证号" },
        { "", ResidentIdError.Missing, "请填写身份证号" },
        { "   ", ResidentIdError.Missing, "请填写身份证号" },
        { "110105491231002", ResidentIdError.FifteenDigits, "请填写18位身份证号，15位旧身份证号不再受理" },
        { "11010519491231002", ResidentIdError.WrongLength, "身份证号应为18位" },
        { "11010519491231002X1", ResidentIdError.WrongLength, "身份证号应为18位" },
        { "11010549123100X", ResidentIdError.WrongLength, "身份证号应为18位" },
        { "1101051949123100AX", ResidentIdError.InvalidCharacters, "身份证号前17位应为数字，最后一位为数字或X" },
        { "A1010519491231002X", ResidentIdError.InvalidCharacters, "身份证号前17位应为数字，最后一位为数字或X" },
        { "11010519491231002Y", ResidentIdError.InvalidCharacters, "身份证号前17位应为数字，最后一位为数字或X" },
        { "110105 19491231002", ResidentIdError.InvalidCharacters, "身份证号前17位应为数字，最后一位为数字或X" },
        { "１１0105194912310021", ResidentIdError.InvalidCharacters, "身份证号前17位应为数字，最后一位为数字或X" },
        { "990185201801010014", ResidentIdError.InvalidRegion, "身份证号前两位地区码无效，请核对" },
        { "000000201801010014", ResidentIdError.InvalidRegion, "身份证号前两位地区码无效，请核对" },
        { "410185202302300019", ResidentIdError.InvalidBirthDate, "身份证号中的出生日期无效，请核对" },
        { "410185201813010017", ResidentIdError.InvalidBirthDate, "身份证号中的出生日期无效，请核对" },
        { "410185201900290017", ResidentIdError.InvalidBirthDate, "身份证号中的出生日期无效，请核对" },
        { "110105194912310021", ResidentIdError.WrongCheckCharacter, "身份证号校验位错误，请核对是否填写有误" },
        { "110105194912310020", ResidentIdError.WrongCheckCharacter, "身份证号校验位错误，请核对是否填写有误" },
        { "410185201808310011", ResidentIdError.WrongCheckCharacter, "身份证号校验位错误，请核对是否填写有误" },
    };

    [Theory]
    [MemberData(nameof(InvalidIds))]
    public void Given_an_invalid_id_When_parsed_Then_the_error_and_its_message_are_exact(string? input, ResidentIdError error, string message)
    {
        var result = ResidentIdNumber.Parse(input);

        Assert.False(result.IsValid);
        Assert.Null(result.Number);
        Assert.Equal(error, result.Error);
        Assert.Equal(message, result.Message);
        Assert.Equal(message, ResidentIdErrors.MessageOf(error));
    }

    [Fact]
    public void The_impossible_date_case_is_wrong_only_in_its_date()
    {
        // 2023-02-30 with a check character computed for those 17 digits: only the date can be the reason.
        const string body = "41018520230230001";
        var id = body + ResidentIdNumber.CheckCharacterOf(body);

        Assert.Equal("410185202302300019", id);
        Assert.Equal(ResidentIdError.InvalidBirthDate, ResidentIdNumber.Parse(id).Error);
    }

    [Fact]
    public void The_bad_region_case_is_wrong_only_in_its_province_code()
    {
        const string body = "99018520180101001";
        Assert.Equal("990185201801010014", body + ResidentIdNumber.CheckCharacterOf(body));
    }

    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("44052418800101001", '4')]
    [InlineData("41018520180831001", '7')]
    [InlineData("41018520170901002", '7')]
    [InlineData("41018520230230001", '9')]
    [InlineData("41018520000101000", '0')]
    [InlineData("11010119900307899", '6')]
    [InlineData("41018520120101123", 'X')]
    [InlineData("11010519491231003", '8')]
    [InlineData("41018520200229002", '3')]
    public void CheckCharacterOf_follows_ISO_7064_MOD_11_2(string first17Digits, char expected)
    {
        Assert.Equal(expected, ResidentIdNumber.CheckCharacterOf(first17Digits));
    }

    [Theory]
    [InlineData(1, Gender.Male)]
    [InlineData(2, Gender.Female)]
    [InlineData(3, Gender.Male)]
    [InlineData(10, Gender.Female)]
    [InlineData(99, Gender.Male)]
    [InlineData(998, Gender.Female)]
    [InlineData(999, Gender.Male)]
    [InlineData(0, Gender.Female)]
    public void Gender_is_read_from_the_seventeenth_digit_odd_male(int sequence, Gender expected)
    {
        var id = TestData.IdFor(new DateOnly(2018, 3, 15), sequence);

        Assert.Equal(expected, ResidentIdNumber.Parse(id).Number!.Gender);
    }

    [Fact]
    public void Two_parses_of_the_same_id_in_different_case_are_equal()
    {
        Assert.Equal(ResidentIdNumber.Parse("11010519491231002x").Number, ResidentIdNumber.Parse("11010519491231002X").Number);
    }

    [Fact]
    public void Create_with_an_invalid_id_throws_student_id_invalid_on_the_given_field()
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(() => ResidentIdNumber.Create("110105194912310021", "guardians[0].residentId"));

        Assert.Equal("student.id.invalid", exception.Code);
        Assert.Equal("身份证号校验位错误，请核对是否填写有误", exception.Message);
        Assert.Equal("guardians[0].residentId", exception.Error.Field);
        Assert.Equal(RuleKind.Unprocessable, exception.Error.Kind);
    }

    [Fact]
    public void Create_with_a_valid_id_returns_it()
    {
        Assert.Equal("11010519491231002X", ResidentIdNumber.Create("11010519491231002x", "residentId").Value);
    }

    [Fact]
    public void Every_error_has_a_message()
    {
        foreach (var error in Enum.GetValues<ResidentIdError>())
        {
            Assert.False(string.IsNullOrWhiteSpace(ResidentIdErrors.MessageOf(error)));
        }
    }
}
