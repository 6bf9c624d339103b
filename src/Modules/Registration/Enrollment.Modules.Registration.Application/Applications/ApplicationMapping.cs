using Enrollment.Modules.Registration.Domain.Applications;

namespace Enrollment.Modules.Registration.Application.Applications;

internal static class ApplicationMapping
{
    public static ApplicationDto ToDto(this DomainApplication application) => new(
        application.Id.Value,
        application.SeasonId.Value,
        application.GraduationType.ToString(),
        application.Status.ToString(),
        application.Status.Chinese(),
        application.Student?.ToDto(),
        application.CreatedAt,
        application.UpdatedAt);

    public static StudentDto ToDto(this Student student) =>
        new(student.Name.Value, student.ResidentId.Value, student.Gender.ToString(), student.BirthDate);
}
