namespace Enrollment.Modules.Registration.Application.Applications;

/// <summary>An application as its parent sees it.</summary>
public sealed record ApplicationDto(
    Guid Id,
    Guid SeasonId,
    string GraduationType,
    string Status,
    string StatusText,
    StudentDto? Student,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record StudentDto(string Name, string ResidentId, string Gender, DateOnly BirthDate);
