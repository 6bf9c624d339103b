using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using Enrollment.Modules.Registration.Domain.Students;

namespace Enrollment.Modules.Registration.Tests.Applications;

/// <summary>The student page with only name and ID varying: the 社会零星 school of the graduation type and its 零班.</summary>
internal static class ApplicationTestExtensions
{
    public static void SaveStudent(this StudentApplication application, StudentName name, ResidentIdNumber residentId, Season season, bool registeredInAnotherApplication, DateTimeOffset now, bool confirmOverAge = false)
    {
        var school = School.CreateScattered(season.Id, SchoolKinds.For(application.GraduationType));
        application.SaveStudent(
            new StudentPage(name, residentId, null, "01", school.Id.Value, school.Classes[0].Id, null, confirmOverAge),
            season,
            school,
            registeredInAnotherApplication,
            now);
    }
}
