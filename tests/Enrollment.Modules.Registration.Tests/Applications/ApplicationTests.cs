using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Applications.Events;
using Enrollment.Modules.Registration.Domain.Seasons;
using Enrollment.Modules.Registration.Domain.Students;

namespace Enrollment.Modules.Registration.Tests.Applications;

public class ApplicationTests
{
    private static readonly Guid Parent = Guid.Parse("0192f1d4-7a00-7000-8000-000000000001");
    private static readonly StudentName Name = StudentName.Create("张三", "name");

    private readonly Season _season = TestData.Season2024();

    private StudentApplication StartedApplication(GraduationType graduationType = GraduationType.KindergartenGraduate)
    {
        var application = StudentApplication.Start(Parent, _season, graduationType, TestData.During2024Season);
        application.ClearDomainEvents();
        return application;
    }

    [Theory]
    [InlineData(GraduationType.KindergartenGraduate)]
    [InlineData(GraduationType.PrimaryGraduate)]
    public void Given_an_open_season_When_started_Then_a_draft_exists_and_ApplicationStarted_is_raised(GraduationType graduationType)
    {
        var now = TestData.During2024Season;

        var application = StudentApplication.Start(Parent, _season, graduationType, now);

        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Equal("填写中", application.Status.Chinese());
        Assert.Equal(_season.Id, application.SeasonId);
        Assert.Equal(Parent, application.ParentAccountId);
        Assert.Equal(graduationType, application.GraduationType);
        Assert.Null(application.Student);
        Assert.Null(application.StudentLookupKey);
        Assert.False(application.IsDeleted);
        Assert.Equal(now, application.CreatedAt);
        Assert.Equal(now, application.UpdatedAt);
        Assert.NotEqual(Guid.Empty, application.Id.Value);

        var started = Assert.IsType<ApplicationStarted>(Assert.Single(application.DomainEvents));
        Assert.Equal(new ApplicationStarted(application.Id, _season.Id, Parent, graduationType, now), started);
    }

    [Fact]
    public void Two_applications_get_different_ids()
    {
        Assert.NotEqual(StartedApplication().Id, StartedApplication().Id);
    }

    [Theory]
    [InlineData("2024-06-01T00:00:00", true)] // opening instant
    [InlineData("2024-08-31T23:59:58", true)]
    [InlineData("2024-05-31T23:59:59", false)]
    [InlineData("2024-08-31T23:59:59", false)] // the closing instant itself is already closed
    [InlineData("2024-09-01T00:00:00", false)]
    [InlineData("2025-01-01T00:00:00", false)]
    public void Start_is_allowed_only_while_the_season_is_open(string chinaTime, bool open)
    {
        var now = TestData.ChinaTimeAt(chinaTime);

        if (open)
        {
            Assert.Equal(ApplicationStatus.Draft, StudentApplication.Start(Parent, _season, GraduationType.KindergartenGraduate, now).Status);
        }
        else
        {
            var exception = Assert.Throws<BusinessRuleValidationException>(
                () => StudentApplication.Start(Parent, _season, GraduationType.KindergartenGraduate, now));
            Assert.Equal("season.closed", exception.Code);
        }
    }

    [Fact]
    public void Given_a_season_not_yet_open_When_started_Then_the_message_names_the_season_and_says_when_it_opens()
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(
            () => StudentApplication.Start(Parent, _season, GraduationType.KindergartenGraduate, TestData.ChinaTimeAt("2024-05-20T09:00:00")));

        Assert.Equal("season.closed", exception.Code);
        Assert.StartsWith(_season.Name, exception.Message, StringComparison.Ordinal);
        Assert.Contains("尚未开始", exception.Message, StringComparison.Ordinal);
        Assert.EndsWith("开始时间：2024-06-01 00:00", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_closed_season_When_started_Then_the_message_names_the_season_and_says_it_has_ended()
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(
            () => StudentApplication.Start(Parent, _season, GraduationType.KindergartenGraduate, TestData.ChinaTimeAt("2024-09-02T09:00:00")));

        Assert.StartsWith(_season.Name, exception.Message, StringComparison.Ordinal);
        Assert.EndsWith("已结束", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-05-20T09:00:00", "登封市2024年义务教育新生入学信息采集尚未开始，开始时间：2024-06-01 00:00")]
    [InlineData("2024-09-02T09:00:00", "登封市2024年义务教育新生入学信息采集已结束")]
    public void The_season_closed_message_does_not_repeat_the_words_of_the_season_name(string chinaTime, string expected)
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(
            () => StudentApplication.Start(Parent, _season, GraduationType.KindergartenGraduate, TestData.ChinaTimeAt(chinaTime)));

        Assert.Equal(expected, exception.Message);
    }

    [Fact]
    public void Given_a_draft_When_a_valid_student_is_saved_Then_the_student_and_lookup_key_are_set_and_the_event_is_raised()
    {
        var application = StartedApplication();
        var residentId = TestData.ResidentId(new DateOnly(2018, 3, 15), sequence: 2);
        var now = TestData.During2024Season.AddHours(1);

        application.SaveStudent(Name, residentId, _season, registeredInAnotherApplication: false, now);

        Assert.NotNull(application.Student);
        Assert.Equal(Name, application.Student.Name);
        Assert.Equal(residentId, application.Student.ResidentId);
        Assert.Equal(Gender.Female, application.Student.Gender);
        Assert.Equal(new DateOnly(2018, 3, 15), application.Student.BirthDate);
        Assert.Equal(residentId.Value, application.StudentLookupKey);
        Assert.Equal(StudentApplication.LookupKeyOf(residentId), application.StudentLookupKey);
        Assert.Equal(now, application.UpdatedAt);
        Assert.Equal(TestData.During2024Season, application.CreatedAt);

        var saved = Assert.IsType<StudentInformationSaved>(Assert.Single(application.DomainEvents));
        Assert.Equal(new StudentInformationSaved(application.Id, now), saved);
    }

    [Fact]
    public void Saving_again_replaces_the_student()
    {
        var application = StartedApplication();
        application.SaveStudent(Name, TestData.ResidentId(new DateOnly(2018, 3, 15)), _season, false, TestData.During2024Season);
        var corrected = TestData.ResidentId(new DateOnly(2018, 3, 16));

        application.SaveStudent(StudentName.Create("李四", "name"), corrected, _season, false, TestData.During2024Season);

        Assert.Equal("李四", application.Student!.Name.Value);
        Assert.Equal(corrected.Value, application.StudentLookupKey);
        Assert.Equal(2, application.DomainEvents.OfType<StudentInformationSaved>().Count());
    }

    [Fact]
    public void Given_the_id_is_registered_in_another_application_When_saved_Then_it_is_a_conflict()
    {
        var application = StartedApplication();

        var exception = Assert.Throws<BusinessRuleValidationException>(() => application.SaveStudent(
            Name, TestData.ResidentId(new DateOnly(2018, 3, 15)), _season, registeredInAnotherApplication: true, TestData.During2024Season));

        Assert.Equal("student.id.duplicate", exception.Code);
        Assert.Equal("此学生信息已经登记", exception.Message);
        Assert.Equal(RuleKind.Conflict, exception.Error.Kind);
        Assert.Equal("residentId", exception.Error.Field);
        AssertNothingSaved(application);
    }

    [Fact]
    public void Given_a_closed_season_When_a_student_is_saved_Then_it_is_refused()
    {
        var application = StartedApplication();

        var exception = Assert.Throws<BusinessRuleValidationException>(() => application.SaveStudent(
            Name, TestData.ResidentId(new DateOnly(2018, 3, 15)), _season, false, TestData.ChinaTimeAt("2024-09-01T08:00:00")));

        Assert.Equal("season.closed", exception.Code);
        AssertNothingSaved(application);
    }

    public static TheoryData<GraduationType, string, string?> AgeBoundaries => new()
    {
        // graduation type, birth date, expected rule code (null: saved)
        { GraduationType.KindergartenGraduate, "2017-09-01", null },
        { GraduationType.KindergartenGraduate, "2018-08-31", null },
        { GraduationType.KindergartenGraduate, "2017-08-31", "student.age.too-old" },
        { GraduationType.KindergartenGraduate, "2018-09-01", "student.age.too-young" },
        { GraduationType.KindergartenGraduate, "2012-06-01", "student.age.too-old" }, // in the junior window
        { GraduationType.PrimaryGraduate, "2011-09-01", null },
        { GraduationType.PrimaryGraduate, "2012-08-31", null },
        { GraduationType.PrimaryGraduate, "2011-08-31", "student.age.too-old" },
        { GraduationType.PrimaryGraduate, "2012-09-01", "student.age.too-young" },
        { GraduationType.PrimaryGraduate, "2018-03-15", "student.age.too-young" }, // in the primary window
    };

    [Theory]
    [MemberData(nameof(AgeBoundaries))]
    public void The_age_window_of_the_graduation_type_decides(GraduationType graduationType, string birthDate, string? expectedCode)
    {
        var application = StartedApplication(graduationType);
        var residentId = TestData.ResidentId(TestData.Date(birthDate));

        var exception = Record.Exception(() => application.SaveStudent(Name, residentId, _season, false, TestData.During2024Season));

        if (expectedCode is null)
        {
            Assert.Null(exception);
            Assert.Equal(residentId, application.Student?.ResidentId);
            return;
        }

        var ruleException = Assert.IsType<BusinessRuleValidationException>(exception);
        Assert.Equal(expectedCode, ruleException.Code);
        Assert.Equal(
            expectedCode == "student.age.too-young" ? "学生年龄不足，无须采集" : "学生年龄超过上学年龄，请确认是否填写有误",
            ruleException.Message);
        Assert.Equal("residentId", ruleException.Error.Field);
        Assert.Equal(RuleKind.Unprocessable, ruleException.Error.Kind);
        AssertNothingSaved(application);
    }

    [Fact]
    public void A_duplicate_is_reported_before_the_age()
    {
        var application = StartedApplication();

        var exception = Assert.Throws<BusinessRuleValidationException>(() => application.SaveStudent(
            Name, TestData.ResidentId(new DateOnly(2010, 1, 1)), _season, registeredInAnotherApplication: true, TestData.During2024Season));

        Assert.Equal("student.id.duplicate", exception.Code);
    }

    [Fact]
    public void The_lookup_key_is_the_normalised_id()
    {
        var lower = ResidentIdNumber.Parse("41018520120101123x").Number!;

        Assert.Equal("41018520120101123X", StudentApplication.LookupKeyOf(lower));
    }

    private static void AssertNothingSaved(StudentApplication application)
    {
        Assert.Null(application.Student);
        Assert.Null(application.StudentLookupKey);
        Assert.Empty(application.DomainEvents);
    }
}
