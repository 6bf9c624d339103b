using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Students;

namespace Enrollment.Modules.Registration.Tests.Students;

public class StudentNameTests
{
    private static readonly string ThirtyCharacters = new('张', 30);
    private static readonly string ThirtyOneCharacters = new('张', 31);

    // 𠮷 (U+20BB7) is two UTF-16 units: the limits count characters.
    private static readonly string ThirtyRareCharacters = string.Concat(Enumerable.Repeat("𠮷", 30));
    private static readonly string ThirtyOneRareCharacters = string.Concat(Enumerable.Repeat("𠮷", 31));

    public static TheoryData<string, string> ValidNames => new()
    {
        // input, stored value
        { "张三", "张三" },
        { "欧阳娜娜", "欧阳娜娜" },
        { "阿卜杜·热合曼", "阿卜杜·热合曼" },
        { "买买提·艾力·阿不都", "买买提·艾力·阿不都" },
        { "  张三  ", "张三" },
        { ThirtyCharacters, ThirtyCharacters },
        { "阿·热", "阿·热" },
        { ThirtyRareCharacters, ThirtyRareCharacters },
    };

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void Given_a_valid_name_Then_it_is_accepted(string input, string stored)
    {
        Assert.True(StudentName.IsValid(input));
        Assert.Equal(stored, StudentName.Create(input, "name").Value);
        Assert.Equal(stored, StudentName.Create(input, "name").ToString());
    }

    public static TheoryData<string?> InvalidNames => new()
    {
        null,
        "",
        "   ",
        "张",
        ThirtyOneCharacters,
        "Tom",
        "张San",
        "张三1",
        "123",
        "·张三",
        "张三·",
        "阿卜杜··热合曼",
        "张 三",
        "张-三",
        "张。三",
        "·",
        "··",
        "张·",
        ThirtyOneRareCharacters,
        "张\uD842", // half of a surrogate pair
    };

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public void Given_an_invalid_name_Then_it_is_refused_with_the_name_message(string? input)
    {
        Assert.False(StudentName.IsValid(input));

        var exception = Assert.Throws<BusinessRuleValidationException>(() => StudentName.Create(input, "name"));
        Assert.Equal("name.invalid", exception.Code);
        Assert.Equal(StudentName.InvalidMessage, exception.Message);
        Assert.Equal("name", exception.Error.Field);
    }

    [Fact]
    public void The_invalid_message_is_the_one_parents_read()
    {
        Assert.Equal("姓名应为2至30个汉字，少数民族姓名中间可用“·”分隔", StudentName.InvalidMessage);
    }

    [Theory]
    [InlineData("阿卜杜•热合曼")] // U+2022 bullet
    [InlineData("阿卜杜・热合曼")] // U+30FB katakana middle dot
    [InlineData("阿卜杜．热合曼")] // U+FF0E full-width full stop
    [InlineData("阿卜杜·热合曼")] // U+00B7 middle dot, already the one kept
    public void The_separators_parents_type_are_stored_as_one_middle_dot(string input)
    {
        var name = StudentName.Create(input, "name");

        Assert.Equal("阿卜杜·热合曼", name.Value);
        Assert.Equal(StudentName.Create("阿卜杜·热合曼", "name"), name);
    }

    [Fact]
    public void Mixed_separators_that_make_a_double_dot_are_refused()
    {
        Assert.False(StudentName.IsValid("阿卜杜•・热合曼"));
    }

    [Theory]
    [InlineData("刘䶮")]
    [InlineData("吉𠮷")]
    public void Names_with_rare_characters_are_accepted(string input)
    {
        Assert.True(StudentName.IsValid(input));
    }
}
