using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Regions.Contracts.Addresses;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Applications.Events;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using Enrollment.Modules.Registration.Domain.Students;
using Enrollment.Modules.Registration.Domain.Schools.Rules;

namespace Enrollment.Modules.Registration.Tests.Applications;

/// <summary>Pages 2–4 and the status machine: each rule with its code and Chinese message.</summary>
public class WizardRulesTests
{
    private static readonly Guid Parent = Guid.NewGuid();
    private static readonly DateTimeOffset Now = TestData.During2024Season;
    private static readonly AddressRegionVerdict Village = AddressRegionVerdict.Valid("河南省 郑州市 登封市 嵩阳街道 嵩溪园居委会");
    private readonly Season _season = TestData.Season2024();

    private StudentApplication Started(GraduationType type = GraduationType.KindergartenGraduate)
    {
        var application = StudentApplication.Start(Parent, _season, type, Now);
        application.ClearDomainEvents();
        return application;
    }

    private static Guardian GuardianWith(string name, string id) =>
        new(StudentName.Create(name, "name"), ResidentIdNumber.Parse(id).Number!, "13800138000", "410185001001", string.Empty, "中岳大街72号");

    private static readonly string FatherId = TestData.IdFor(new DateOnly(1988, 5, 1), 11);
    private static readonly string MotherId = TestData.IdFor(new DateOnly(1990, 6, 2), 22);

    private static HouseholdRegistration Household(HukouType type, string name, string id, GuardianRole? onBooklet = null) =>
        new(type, "410185001001", string.Empty, "中岳大街72号", "秀丽王府花园", StudentName.Create(name, "n"), ResidentIdNumber.Parse(id).Number!, "子", onBooklet);

    private StudentApplication Complete()
    {
        var application = Started();
        application.SaveStudent(StudentName.Create("张小明", "name"), TestData.ResidentId(new DateOnly(2018, 3, 15), 3), _season, false, Now);
        application.SaveGuardians((GuardianWith("张伟", FatherId), Village), null, _season, Now);
        application.SaveHousehold(Household(HukouType.Family, "张伟", FatherId), Village, _season, Now);
        application.ClearDomainEvents();
        return application;
    }

    public static TheoryData<string, string, string?> RuleCases => new()
    {
        // case, expected code, expected field
        { "no guardian", "guardians.required", "guardians" },
        { "father has the student's id", "guardian.id.same-as-student", "father.residentId" },
        { "father and mother share an id", "guardian.id.duplicate", "mother.residentId" },
        { "guardian region too shallow", "region.too-shallow", "father.regionCode" },
        { "household region unknown", "region.unknown", "regionCode" },
        { "collective hukou, householder is not the parent", "household.householder.not-guardian", "householder.residentId" },
        { "collective hukou, parent not saved", "household.guardian.missing", "guardianOnSameBooklet" },
        { "school of another season", "student.school.invalid", "graduationSchoolId" },
        { "primary school for a kindergarten graduate", "student.school.invalid", "graduationSchoolId" },
        { "class of another school", "student.class.invalid", "graduationClassId" },
        { "submit incomplete", "application.incomplete", null },
    };

    [Theory]
    [MemberData(nameof(RuleCases))]
    public void Each_rule_stops_the_change_with_its_code(string @case, string code, string? field)
    {
        var application = Started();
        var studentId = TestData.ResidentId(new DateOnly(2018, 3, 15), 5);
        var kindergarten = School.CreateScattered(_season.Id, SchoolKind.Kindergarten);
        var shallow = new AddressRegionVerdict(false, "region.too-shallow", "地址请选择到村（社区）居委会", null);
        Action act = @case switch
        {
            "no guardian" => () => application.SaveGuardians(null, null, _season, Now),
            "father has the student's id" => () =>
            {
                application.SaveStudent(StudentName.Create("张小明", "name"), studentId, _season, false, Now);
                application.SaveGuardians((GuardianWith("张伟", studentId.Value), Village), null, _season, Now);
            },
            "father and mother share an id" => () => application.SaveGuardians((GuardianWith("张伟", FatherId), Village), (GuardianWith("李娜", FatherId), Village), _season, Now),
            "guardian region too shallow" => () => application.SaveGuardians((GuardianWith("张伟", FatherId), shallow), null, _season, Now),
            "household region unknown" => () => application.SaveHousehold(Household(HukouType.Family, "张伟", FatherId), new AddressRegionVerdict(false, "region.unknown", "请选择有效的地区", null), _season, Now),
            "collective hukou, householder is not the parent" => () =>
            {
                application.SaveGuardians(null, (GuardianWith("李娜", MotherId), Village), _season, Now);
                application.SaveHousehold(Household(HukouType.Collective, "王集体", FatherId, GuardianRole.Mother), Village, _season, Now);
            },
            "collective hukou, parent not saved" => () => application.SaveHousehold(Household(HukouType.Collective, "张伟", FatherId, GuardianRole.Father), Village, _season, Now),
            "school of another season" => () =>
            {
                var other = School.CreateScattered(SeasonId.New(), SchoolKind.Kindergarten);
                application.SaveStudent(new StudentPage(StudentName.Create("张小明", "n"), studentId, null, null, other.Id.Value, other.Classes[0].Id, null, false), _season, other, false, Now);
            },
            "primary school for a kindergarten graduate" => () =>
            {
                var primary = School.CreateScattered(_season.Id, SchoolKind.Primary);
                application.SaveStudent(new StudentPage(StudentName.Create("张小明", "n"), studentId, null, null, primary.Id.Value, primary.Classes[0].Id, null, false), _season, primary, false, Now);
            },
            "class of another school" => () => application.SaveStudent(new StudentPage(StudentName.Create("张小明", "n"), studentId, null, null, kindergarten.Id.Value, Guid.NewGuid(), null, false), _season, kindergarten, false, Now),
            "submit incomplete" => () => application.Submit(_season, [], Now),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        var exception = Assert.Throws<BusinessRuleValidationException>(act);
        Assert.Equal(code, exception.Code);
        Assert.Equal(field, exception.Error.Field);
        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
    }

    [Fact]
    public void The_guardians_message_is_the_guides()
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(() => Started().SaveGuardians(null, null, _season, Now));
        Assert.Equal("学生父母信息至少填写父母一方的信息", exception.Message);
    }

    [Fact]
    public void Submit_names_the_missing_pages()
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(() => Started().Submit(_season, [], Now));
        Assert.Equal("请先完成：学生基本信息、学生父母信息、学生户籍信息", exception.Message);
    }

    [Theory]
    [InlineData(new string[0], null)]
    [InlineData(new[] { "长期居住信息" }, "请填写或跳过：长期居住信息")]
    [InlineData(new[] { "房产信息", "务工信息" }, "请填写或跳过：房产信息、务工信息")]
    public void Submit_needs_every_evidence_page_saved_or_skipped(string[] unanswered, string? message)
    {
        var application = Complete();

        if (message is null)
        {
            application.Submit(_season, unanswered, Now);
            Assert.Equal(ApplicationStatus.UnderReview, application.Status);
            return;
        }

        var exception = Assert.Throws<BusinessRuleValidationException>(() => application.Submit(_season, unanswered, Now));
        Assert.Equal("application.evidence-unanswered", exception.Code);
        Assert.Equal(message, exception.Message);
        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public void Draft_to_under_review_to_returned_to_under_review_to_accepted_then_locked()
    {
        var application = Complete();
        var version = application.Version;

        application.Submit(_season, [], Now);
        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
        Assert.IsType<ApplicationSubmitted>(Assert.Single(application.DomainEvents));
        Assert.Equal(version + 1, application.Version);

        application.Submit(_season, [], Now); // again: nothing changes
        Assert.Single(application.DomainEvents);

        application.Return(["出生证编号有误"], Now);
        Assert.Equal("有误", application.Status.Chinese());
        Assert.Equal(["出生证编号有误"], application.ReturnReasons);

        application.Submit(_season, [], Now);
        Assert.IsType<ApplicationResubmitted>(application.DomainEvents.Last());

        application.Accept(Now);
        Assert.Equal("已提交", application.Status.Chinese());

        foreach (var change in new Action[]
        {
            () => application.Submit(_season, [], Now),
            () => application.Delete(_season, Now),
            () => application.SaveGuardians((GuardianWith("张伟", FatherId), Village), null, _season, Now),
            () => application.SaveHousehold(Household(HukouType.Family, "张伟", FatherId), Village, _season, Now),
            () => application.SaveStudent(StudentName.Create("张小明", "name"), TestData.ResidentId(new DateOnly(2018, 3, 15), 3), _season, false, Now),
        })
        {
            var exception = Assert.Throws<BusinessRuleValidationException>(change);
            Assert.Equal("application.locked", exception.Code);
            Assert.Equal(RuleKind.Conflict, exception.Error.Kind);
        }
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.UnderReview)]
    [InlineData(ApplicationStatus.Returned)]
    public void Delete_is_allowed_before_acceptance_and_is_soft(ApplicationStatus status)
    {
        var application = Complete();
        if (status != ApplicationStatus.Draft)
        {
            application.Submit(_season, [], Now);
        }

        if (status == ApplicationStatus.Returned)
        {
            application.Return(["x"], Now);
        }

        application.Delete(_season, Now);

        Assert.True(application.IsDeleted);
        Assert.IsType<ApplicationDeleted>(application.DomainEvents.Last());
    }

    [Fact]
    public void Saving_the_same_page_twice_changes_nothing_the_second_time()
    {
        var application = Complete();
        var version = application.Version;

        application.SaveGuardians((GuardianWith("张伟", FatherId), Village), null, _season, Now.AddMinutes(1));
        application.SaveHousehold(Household(HukouType.Family, "张伟", FatherId), Village, _season, Now.AddMinutes(1));

        Assert.Equal(version, application.Version);
        Assert.Empty(application.DomainEvents);
    }

    [Fact]
    public void A_collective_hukou_with_the_parent_as_householder_is_saved()
    {
        var application = Started();
        application.SaveGuardians((GuardianWith("张伟", FatherId), Village), null, _season, Now);

        application.SaveHousehold(Household(HukouType.Collective, "张伟", FatherId, GuardianRole.Father), Village, _season, Now);

        Assert.Equal(GuardianRole.Father, application.Household!.GuardianOnSameBooklet);
    }

    [Theory]
    [InlineData(false, false, "student.age.too-old")]
    [InlineData(false, true, "student.age.too-old")]
    [InlineData(true, false, "student.age.too-old")]
    [InlineData(true, true, null)]
    public void Too_old_is_refused_unless_the_season_lets_the_parent_confirm(bool seasonAllows, bool confirmed, string? code)
    {
        var season = Season.Create(2024, "登封市2024年", "410185", TestData.Season2024OpensAt, TestData.Season2024ClosesAt,
            AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 6), AgeWindow.FullYearsOn(new DateOnly(2024, 8, 31), 12),
            new SeasonPolicy(seasonAllows, [], null, null, null));
        var application = StudentApplication.Start(Parent, season, GraduationType.KindergartenGraduate, Now);

        var exception = Record.Exception(() => application.SaveStudent(StudentName.Create("张小明", "name"), TestData.ResidentId(new DateOnly(2017, 5, 1)), season, false, Now, confirmed));

        if (code is null)
        {
            Assert.Null(exception);
            Assert.True(application.Student!.OverAgeConfirmed);
        }
        else
        {
            Assert.Equal(code, Assert.IsType<BusinessRuleValidationException>(exception).Code);
        }
    }

    public static TheoryData<string?, string?> BirthCertificates => new()
    {
        { null, null },
        { "O410012345", null },
        { "o410012345", null },
        { "O41001234*", BirthCertificateNumber.StarMessage },
        { "*O410012345", BirthCertificateNumber.StarMessage },
        { "4100123456", BirthCertificateNumber.InvalidMessage },
        { "OA10012345", BirthCertificateNumber.InvalidMessage },
        { "O", BirthCertificateNumber.InvalidMessage },
    };

    [Theory]
    [MemberData(nameof(BirthCertificates))]
    public void Birth_certificate_numbers_are_one_letter_and_digits(string? input, string? message)
    {
        Assert.Equal(message, BirthCertificateNumber.ErrorOf(input));
    }

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("19912345678", true)]
    [InlineData("12800138000", false)]
    [InlineData("1380013800", false)]
    [InlineData("138001380001", false)]
    [InlineData("1380013800a", false)]
    public void Mobile_numbers_are_11_digits_starting_1_3_to_9(string input, bool valid)
    {
        Assert.Equal(valid, MobileNumber.IsValid(input));
    }

    [Fact]
    public void There_are_56_ethnic_groups_with_two_digit_codes()
    {
        Assert.Equal(56, Ethnicity.All.Count);
        Assert.Equal("汉族", Ethnicity.Find("01")!.Name);
        Assert.Equal("基诺族", Ethnicity.Find("56")!.Name);
        Assert.Null(Ethnicity.Find("57"));
        Assert.Equal(56, Ethnicity.All.Select(e => e.Code).Distinct().Count());
    }

    [Fact]
    public void Scattered_schools_have_only_the_zero_class_and_are_fixed()
    {
        var school = School.CreateScattered(_season.Id, SchoolKind.Primary);

        Assert.Equal("社会零星小学", school.Name);
        Assert.Equal("零班", Assert.Single(school.Classes).Name);
        Assert.Equal("school.scattered.fixed", Assert.Throws<BusinessRuleValidationException>(() => school.AddClass("一班")).Code);
        Assert.Equal("school.scattered.fixed", Assert.Throws<BusinessRuleValidationException>(() => school.CheckCanBeDeleted()).Code);
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, "school.in-use")]
    public void A_school_or_class_chosen_by_a_student_page_cannot_be_deleted(bool chosen, string? code)
    {
        var rule = new SchoolInUseCannotBeDeletedRule(chosen);

        Assert.Equal(chosen, rule.IsBroken());
        if (code is not null)
        {
            Assert.Equal(code, rule.Code);
            Assert.Equal("已有学生信息选择了该学校（班级），不能删除", rule.Message);
            Assert.Equal(RuleKind.Conflict, rule.Kind);
        }
    }

    [Fact]
    public void Seasons_overlap_when_their_windows_share_an_instant()
    {
        Assert.True(_season.Overlaps(TestData.Season2024ClosesAt.AddDays(-1), TestData.Season2024ClosesAt.AddDays(30)));
        Assert.False(_season.Overlaps(TestData.Season2024ClosesAt, TestData.Season2024ClosesAt.AddDays(30)));
    }
}
