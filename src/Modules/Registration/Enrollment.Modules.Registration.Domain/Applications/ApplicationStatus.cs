namespace Enrollment.Modules.Registration.Domain.Applications;

/// <summary>The statuses of 毕业生列表; <see cref="ApplicationStatusNames"/> gives the words parents read.</summary>
public enum ApplicationStatus
{
    Draft,
    UnderReview,
    Returned,
    Accepted,
}

public static class ApplicationStatusNames
{
    public static string Chinese(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "填写中",
        ApplicationStatus.UnderReview => "审核中",
        ApplicationStatus.Returned => "有误",
        ApplicationStatus.Accepted => "已提交",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
