namespace Enrollment.Modules.Registration.Application.Applications.StartApplication;

/// <summary>Bound from <c>Registration:Limits</c>.</summary>
public sealed class ApplicationLimits
{
    public const string SectionName = "Registration:Limits";

    /// <summary>Applications in 填写中 one parent may hold at once; the next start is 409 <c>application.drafts.too-many</c>.</summary>
    public int MaxOpenDraftsPerParent { get; set; } = 5;
}
