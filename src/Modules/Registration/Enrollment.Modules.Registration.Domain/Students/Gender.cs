namespace Enrollment.Modules.Registration.Domain.Students;

/// <summary>性别, never typed by the parent: it is read from the resident ID's sequence digit (odd = male).</summary>
public enum Gender
{
    Male,
    Female,
}
