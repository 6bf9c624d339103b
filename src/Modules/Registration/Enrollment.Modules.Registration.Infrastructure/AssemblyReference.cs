namespace Enrollment.Modules.Registration.Infrastructure;

/// <summary>Names this assembly for the architecture tests.</summary>
public static class AssemblyReference;
