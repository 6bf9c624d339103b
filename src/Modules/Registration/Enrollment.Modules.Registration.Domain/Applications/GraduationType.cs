namespace Enrollment.Modules.Registration.Domain.Applications;

/// <summary>毕业类型: decides the school list and the age window.</summary>
public enum GraduationType
{
    /// <summary>幼儿园毕业生, entering primary grade 1.</summary>
    KindergartenGraduate,

    /// <summary>小学毕业生, entering junior middle grade 7.</summary>
    PrimaryGraduate,
}
