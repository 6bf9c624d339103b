namespace Enrollment.Modules.Evidence.Contracts;

/// <summary>Names this assembly for the mediator's source generator and the architecture tests.</summary>
public static class AssemblyReference;
