using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

/// <summary>The graduation school must be one of this season's schools of the graduation type.</summary>
public sealed class GraduationSchoolMustBelongToSeasonRule(bool belongs) : IBusinessRule
{
    public bool IsBroken() => !belongs;

    public string Code => "student.school.invalid";

    public string Message => "请从列表中选择毕业学校";

    public string? Field => "graduationSchoolId";
}

public sealed class GraduationClassMustBelongToSchoolRule(bool belongs) : IBusinessRule
{
    public bool IsBroken() => !belongs;

    public string Code => "student.class.invalid";

    public string Message => "请从所选学校的班级中选择毕业班级";

    public string? Field => "graduationClassId";
}

/// <summary>「学生父母信息至少填写父母一方的信息」.</summary>
public sealed class AtLeastOneGuardianRule(bool any) : IBusinessRule
{
    public const string RuleMessage = "学生父母信息至少填写父母一方的信息";

    public bool IsBroken() => !any;

    public string Code => "guardians.required";

    public string Message => RuleMessage;

    public string? Field => "guardians";
}

public sealed class GuardianIdMustDifferFromStudentRule(bool same, string fieldName) : IBusinessRule
{
    public bool IsBroken() => same;

    public string Code => "guardian.id.same-as-student";

    public string Message => "家长身份证号不能与学生身份证号相同";

    public string? Field => fieldName;
}

public sealed class ParentsMustHaveDifferentIdsRule(bool same) : IBusinessRule
{
    public bool IsBroken() => same;

    public string Code => "guardian.id.duplicate";

    public string Message => "父亲和母亲的身份证号不能相同";

    public string? Field => "mother.residentId";
}

/// <summary>A collective hukou naming a parent on the same booklet needs that parent's information first.</summary>
public sealed class GuardianOnBookletMustBeSavedRule(bool saved) : IBusinessRule
{
    public bool IsBroken() => !saved;

    public string Code => "household.guardian.missing";

    public string Message => "请先在学生父母信息中填写与学生同一户口簿的家长";

    public string? Field => "guardianOnSameBooklet";
}

/// <summary>集体户口, student and a parent on the same booklet: the householder is that parent.</summary>
public sealed class CollectiveHouseholderMustBeTheGuardianRule(bool isTheGuardian) : IBusinessRule
{
    public bool IsBroken() => !isTheGuardian;

    public string Code => "household.householder.not-guardian";

    public string Message => "集体户口且学生与父母一方在同一户口簿上时，户主应为该家长，请填写该家长的姓名和身份证号";

    public string? Field => "householder.residentId";
}

/// <summary>Submission needs pages 2–4 complete.</summary>
public sealed class ApplicationMustBeCompleteRule(IReadOnlyList<string> missingPages) : IBusinessRule
{
    public bool IsBroken() => missingPages.Count > 0;

    public string Code => "application.incomplete";

    public string Message => $"请先完成：{string.Join("、", missingPages)}";
}

public sealed class ApplicationMustBeUnderReviewRule(ApplicationStatus status) : IBusinessRule
{
    public bool IsBroken() => status != ApplicationStatus.UnderReview;

    public string Code => "application.not-under-review";

    public string Message => "只能审核“审核中”的信息";

    public RuleKind Kind => RuleKind.Conflict;
}
