using Enrollment.Modules.Registration.Application.Applications.SaveStudent;
using Enrollment.Modules.Registration.Application.Applications.StartApplication;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Students;

namespace Enrollment.Modules.Registration.Tests.Validation;

public class CommandValidatorTests
{
    private const string ValidId = "11010519491231002X";
    private static readonly Guid Parent = Guid.Parse("0192f1d4-7a00-7000-8000-000000000001");
    private static readonly Guid ApplicationId = Guid.Parse("0192f1d4-7a00-7000-8000-000000000002");

    // The foundation's cases are about name and ID: the school and class are filled in for them.
    private static IReadOnlyList<(string Property, string Message)> ErrorsOf(SaveStudentCommand command) =>
        new SaveStudentCommandValidator()
            .Validate(command with { GraduationSchoolId = command.GraduationSchoolId ?? Guid.NewGuid(), GraduationClassId = command.GraduationClassId ?? Guid.NewGuid() })
            .Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();

    [Fact]
    public void School_and_class_are_required_and_optional_fields_are_checked_when_given()
    {
        var errors = new SaveStudentCommandValidator()
            .Validate(new SaveStudentCommand(Parent, ApplicationId, "张三", ValidId, FormerName: "Tom", EthnicityCode: "57", BirthCertificateNumber: "*123"))
            .Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();

        Assert.Contains(("GraduationSchoolId", "请选择毕业学校"), errors);
        Assert.Contains(("GraduationClassId", "请选择毕业班级"), errors);
        Assert.Contains(("EthnicityCode", "请从列表中选择民族"), errors);
        Assert.Contains(("BirthCertificateNumber", BirthCertificateNumber.StarMessage), errors);
        Assert.Contains(errors, e => e.PropertyName == "FormerName");
    }

    private static IReadOnlyList<(string Property, string Message)> ErrorsOf(StartApplicationCommand command) =>
        new StartApplicationCommandValidator().Validate(command).Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();

    [Fact]
    public void A_valid_save_student_command_passes()
    {
        Assert.Empty(ErrorsOf(new SaveStudentCommand(Parent, ApplicationId, "阿卜杜•热合曼", "11010519491231002x")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_name_asks_for_the_name_once(string? name)
    {
        var errors = ErrorsOf(new SaveStudentCommand(Parent, ApplicationId, name, ValidId));

        Assert.Equal([("Name", "请填写学生姓名")], errors);
    }

    [Theory]
    [InlineData("张")]
    [InlineData("Tom")]
    [InlineData("张三·")]
    [InlineData("阿卜杜··热合曼")]
    public void A_malformed_name_gets_the_name_rule_message(string name)
    {
        var errors = ErrorsOf(new SaveStudentCommand(Parent, ApplicationId, name, ValidId));

        Assert.Equal([("Name", StudentName.InvalidMessage)], errors);
    }

    [Theory]
    [InlineData(null, ResidentIdError.Missing)]
    [InlineData("", ResidentIdError.Missing)]
    [InlineData("110105491231002", ResidentIdError.FifteenDigits)]
    [InlineData("11010519491231002", ResidentIdError.WrongLength)]
    [InlineData("1101051949123100AX", ResidentIdError.InvalidCharacters)]
    [InlineData("990185201801010014", ResidentIdError.InvalidRegion)]
    [InlineData("410185202302300019", ResidentIdError.InvalidBirthDate)]
    [InlineData("110105194912310021", ResidentIdError.WrongCheckCharacter)]
    public void A_bad_resident_id_gets_the_parsers_message(string? residentId, ResidentIdError error)
    {
        var errors = ErrorsOf(new SaveStudentCommand(Parent, ApplicationId, "张三", residentId));

        Assert.Equal([("ResidentId", ResidentIdErrors.MessageOf(error))], errors);
    }

    [Fact]
    public void Both_fields_are_reported_together()
    {
        var errors = ErrorsOf(new SaveStudentCommand(Parent, ApplicationId, "Tom", "123"));

        Assert.Equal([("Name", StudentName.InvalidMessage), ("ResidentId", "身份证号应为18位")], errors);
    }

    [Fact]
    public void An_empty_name_is_reported_beside_a_bad_id()
    {
        var errors = ErrorsOf(new SaveStudentCommand(Parent, ApplicationId, "", "123"));

        Assert.Equal([("Name", "请填写学生姓名"), ("ResidentId", "身份证号应为18位")], errors);
    }

    [Theory]
    [InlineData(GraduationType.KindergartenGraduate)]
    [InlineData(GraduationType.PrimaryGraduate)]
    public void A_start_command_with_a_graduation_type_passes(GraduationType graduationType)
    {
        Assert.Empty(ErrorsOf(new StartApplicationCommand(Parent, graduationType)));
    }

    [Fact]
    public void A_start_command_without_a_graduation_type_asks_for_it_once()
    {
        Assert.Equal([("GraduationType", "请选择毕业类型")], ErrorsOf(new StartApplicationCommand(Parent, null)));
    }

    [Fact]
    public void A_start_command_with_an_undefined_graduation_type_asks_for_it()
    {
        Assert.Equal([("GraduationType", "请选择毕业类型")], ErrorsOf(new StartApplicationCommand(Parent, (GraduationType)7)));
    }
}
