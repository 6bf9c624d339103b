using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;
using Enrollment.Modules.Registration.Domain.Schools.Rules;

namespace Enrollment.Modules.Registration.Domain.Schools;

public readonly record struct SchoolId(Guid Value) : IStronglyTypedId<Guid>
{
    public static SchoolId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>幼儿园 (graduation schools of kindergarten graduates) or 小学 (of primary graduates).</summary>
public enum SchoolKind
{
    Kindergarten,
    Primary,
}

public static class SchoolKinds
{
    public static SchoolKind For(GraduationType graduationType) => graduationType switch
    {
        GraduationType.KindergartenGraduate => SchoolKind.Kindergarten,
        GraduationType.PrimaryGraduate => SchoolKind.Primary,
        _ => throw new ArgumentOutOfRangeException(nameof(graduationType), graduationType, null),
    };

    public static string Chinese(this SchoolKind kind) => kind == SchoolKind.Kindergarten ? "幼儿园" : "小学";

    public static SchoolKind? FromChinese(string? text) => text?.Trim() switch
    {
        "幼儿园" or "Kindergarten" => SchoolKind.Kindergarten,
        "小学" or "Primary" => SchoolKind.Primary,
        _ => null,
    };
}

/// <summary>毕业班级.</summary>
public sealed class SchoolClass
{
    private SchoolClass()
    {
    }

    internal SchoolClass(string name)
    {
        Id = Guid.CreateVersion7();
        Name = name;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    internal void Rename(string name) => Name = name;
}

/// <summary>
/// A graduation school of one season with its classes. Each season has one 「社会零星幼儿园」 and one
/// 「社会零星小学」 (children returning from elsewhere), always listed last, each with the single class 「零班」.
/// </summary>
public sealed class School : AggregateRoot<SchoolId>
{
    public const string ScatteredKindergartenName = "社会零星幼儿园";
    public const string ScatteredPrimaryName = "社会零星小学";
    public const string ScatteredClassName = "零班";
    public const int MaxNameLength = 60;

    private readonly List<SchoolClass> _classes = [];

    private School()
    {
    }

    public SeasonId SeasonId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public SchoolKind Kind { get; private set; }

    /// <summary>社会零星: listed last, only the class 零班, not editable.</summary>
    public bool IsScattered { get; private set; }

    public int SortOrder { get; private set; }

    public IReadOnlyList<SchoolClass> Classes => _classes;

    public static School Create(SeasonId seasonId, SchoolKind kind, string name, int sortOrder, bool nameTaken)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        CheckRule(new SchoolNameMustBeUniqueRule(nameTaken || IsScatteredName(trimmed)));
        return new School { Id = SchoolId.New(), SeasonId = seasonId, Kind = kind, Name = trimmed, SortOrder = sortOrder };
    }

    public static School CreateScattered(SeasonId seasonId, SchoolKind kind)
    {
        var school = new School
        {
            Id = SchoolId.New(),
            SeasonId = seasonId,
            Kind = kind,
            Name = kind == SchoolKind.Kindergarten ? ScatteredKindergartenName : ScatteredPrimaryName,
            IsScattered = true,
            SortOrder = int.MaxValue,
        };
        school._classes.Add(new SchoolClass(ScatteredClassName));
        return school;
    }

    public static bool IsScatteredName(string name) => name is ScatteredKindergartenName or ScatteredPrimaryName;

    public void Update(string name, int sortOrder, bool nameTaken)
    {
        CheckRule(new ScatteredSchoolIsFixedRule(IsScattered));
        var trimmed = name?.Trim() ?? string.Empty;
        CheckRule(new SchoolNameMustBeUniqueRule(nameTaken || IsScatteredName(trimmed)));
        Name = trimmed;
        SortOrder = sortOrder;
    }

    public SchoolClass AddClass(string name)
    {
        CheckRule(new ScatteredSchoolIsFixedRule(IsScattered));
        var trimmed = name?.Trim() ?? string.Empty;
        CheckRule(new ClassNameMustBeUniqueRule(HasClassNamed(trimmed)));
        var schoolClass = new SchoolClass(trimmed);
        _classes.Add(schoolClass);
        return schoolClass;
    }

    public void RenameClass(Guid classId, string name)
    {
        CheckRule(new ScatteredSchoolIsFixedRule(IsScattered));
        var schoolClass = _classes.SingleOrDefault(c => c.Id == classId) ?? throw new NotFoundException("class", classId);
        var trimmed = name?.Trim() ?? string.Empty;
        CheckRule(new ClassNameMustBeUniqueRule(_classes.Any(c => c.Id != classId && c.Name == trimmed)));
        schoolClass.Rename(trimmed);
    }

    /// <param name="chosenByApplications">Whether an application names this class as its graduation class.</param>
    public void RemoveClass(Guid classId, bool chosenByApplications = false)
    {
        CheckRule(new ScatteredSchoolIsFixedRule(IsScattered));
        CheckRule(new SchoolInUseCannotBeDeletedRule(chosenByApplications));
        var schoolClass = _classes.SingleOrDefault(c => c.Id == classId) ?? throw new NotFoundException("class", classId);
        _classes.Remove(schoolClass);
    }

    /// <param name="chosenByApplications">Whether an application names this school as its graduation school.</param>
    public void CheckCanBeDeleted(bool chosenByApplications = false)
    {
        CheckRule(new ScatteredSchoolIsFixedRule(IsScattered));
        CheckRule(new SchoolInUseCannotBeDeletedRule(chosenByApplications));
    }

    public bool HasClassNamed(string name) => _classes.Any(c => c.Name == name);

    public bool HasClass(Guid classId) => _classes.Any(c => c.Id == classId);

    /// <summary>The name of the class <paramref name="classId"/> of this school, or null. A loop, not a lambda: the queue and its export ask once per line.</summary>
    public string? ClassName(Guid? classId)
    {
        foreach (var schoolClass in _classes)
        {
            if (schoolClass.Id == classId)
            {
                return schoolClass.Name;
            }
        }

        return null;
    }
}
