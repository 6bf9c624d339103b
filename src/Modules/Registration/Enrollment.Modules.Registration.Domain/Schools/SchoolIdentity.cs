namespace Enrollment.Modules.Registration.Domain.Schools;

/// <summary>
/// What makes a school the same school from one season to the next: its kind and its name (spaces and full-width
/// spaces ignored). Schools are rows of a season; a reviewer's scope names last season's rows, and through this
/// identity it covers the same schools of every later season without an admin re-scoping anyone (ADR-0030).
/// </summary>
public sealed record SchoolIdentity(SchoolKind Kind, string Name)
{
    public static SchoolIdentity Of(SchoolKind kind, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new SchoolIdentity(kind, string.Concat(name.Where(c => !char.IsWhiteSpace(c))));
    }

    /// <summary>
    /// Of every school (<paramref name="schools"/>: id, kind, name in any season), the ids of those that are the same
    /// school as one of <paramref name="scope"/>; the scope's own ids are always in.
    /// </summary>
    public static IReadOnlySet<Guid> SameSchools(IReadOnlyCollection<Guid> scope, IEnumerable<(Guid Id, SchoolKind Kind, string Name)> schools)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(schools);
        var all = schools.ToList();
        var wanted = all.Where(s => scope.Contains(s.Id)).Select(s => Of(s.Kind, s.Name)).ToHashSet();
        var same = all.Where(s => wanted.Contains(Of(s.Kind, s.Name))).Select(s => s.Id).ToHashSet();
        same.UnionWith(scope);
        return same;
    }
}
