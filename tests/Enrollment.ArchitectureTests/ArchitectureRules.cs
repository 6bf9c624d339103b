using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace Enrollment.ArchitectureTests;

/// <summary>
/// The rules of docs/architecture.md ("Architecture tests to keep green"), each a function from a set of
/// types (or assemblies) to the names of the ones that break it, so that the same function runs over the
/// product and over the deliberate violators in <c>Violations/</c>. Names are reflection full names
/// (nested types joined with '+'); assemblies by their simple name.
/// </summary>
public static partial class ArchitectureRules
{
    private static readonly string[] LayersOwnedByAModule = ["Domain", "Application", "Infrastructure"];

    // Rule 1 --------------------------------------------------------------------------------------------

    /// <summary>Domain depends on none of: its Application/Infrastructure, EF Core, FluentValidation, Mapster, Hangfire, ASP.NET Core.</summary>
    public static IReadOnlyList<string> DomainLayerViolations(IEnumerable<Type> domainTypes, string moduleNamespace) =>
        TypesDependingOnAny(
            domainTypes,
            $"{moduleNamespace}.Application",
            $"{moduleNamespace}.Infrastructure",
            "Microsoft.EntityFrameworkCore",
            "FluentValidation",
            "Mapster",
            "Hangfire",
            "Microsoft.AspNetCore");

    // Rule 2 --------------------------------------------------------------------------------------------

    /// <summary>Application depends on none of: its Infrastructure, ASP.NET Core, Hangfire, EF Core.</summary>
    public static IReadOnlyList<string> ApplicationLayerViolations(IEnumerable<Type> applicationTypes, string moduleNamespace) =>
        TypesDependingOnAny(
            applicationTypes,
            $"{moduleNamespace}.Infrastructure",
            "Microsoft.AspNetCore",
            "Hangfire",
            "Microsoft.EntityFrameworkCore");

    // Rule 3 --------------------------------------------------------------------------------------------

    /// <summary>A module's types depend on no other module's Domain, Application or Infrastructure (Contracts are allowed).</summary>
    public static IReadOnlyList<string> CrossModuleViolations(IEnumerable<Type> moduleTypes, IEnumerable<string> otherModuleNamespaces) =>
        TypesDependingOnAny(
            moduleTypes,
            otherModuleNamespaces.SelectMany(other => LayersOwnedByAModule.Select(layer => $"{other}.{layer}")).ToArray());

    // Rule 4 --------------------------------------------------------------------------------------------

    /// <summary>Contracts depend only on System*, Mediator (Abstractions), the building blocks and their own namespace.</summary>
    public static IReadOnlyList<string> ContractsViolations(IEnumerable<Type> contractsTypes, string contractsNamespace) =>
        Failing(contractsTypes, types => types.Should().OnlyHaveDependenciesOn(
            "System", "Mediator", "Enrollment.BuildingBlocks", contractsNamespace));

    // Rule 5 --------------------------------------------------------------------------------------------

    private static readonly (Type Interface, string Suffix)[] HandlerKinds =
    [
        (typeof(ICommandHandler<,>), "CommandHandler"),
        (typeof(ICommandHandler<>), "CommandHandler"),
        (typeof(IQueryHandler<,>), "QueryHandler"),
    ];

    /// <summary>Command and query handlers are sealed, not public, named ...CommandHandler / ...QueryHandler; validators end in Validator.</summary>
    public static IReadOnlyList<string> HandlerAndValidatorViolations(IEnumerable<Type> types) =>
        Names(types.Where(t => t is { IsClass: true, IsAbstract: false } && !IsCompilerGenerated(t) && BreaksHandlerOrValidatorShape(t)));

    /// <summary>A Mediator command or query handler.</summary>
    public static bool IsCommandOrQueryHandler(Type type) => HandlerKinds.Any(k => Implements(type, k.Interface));

    /// <summary>A FluentValidation validator.</summary>
    public static bool IsValidator(Type type) => DerivesFrom(type, typeof(AbstractValidator<>));

    private static bool BreaksHandlerOrValidatorShape(Type type)
    {
        foreach (var (handlerInterface, suffix) in HandlerKinds)
        {
            if (Implements(type, handlerInterface)
                && (!type.IsSealed || IsVisibleAsPublic(type) || !type.Name.EndsWith(suffix, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return DerivesFrom(type, typeof(AbstractValidator<>)) && !NameWithoutArity(type).EndsWith("Validator", StringComparison.Ordinal);
    }

    // Rule 6 --------------------------------------------------------------------------------------------

    /// <summary>
    /// Messages (Mediator commands, queries, notifications — so domain and integration events too) are
    /// immutable: every instance property setter is init-only (positional records qualify) and there is
    /// no public non-readonly instance field, inherited members included.
    /// </summary>
    public static IReadOnlyList<string> MutableMessageViolations(IEnumerable<Type> types) =>
        Names(types.Where(t => !t.IsInterface && !IsCompilerGenerated(t) && IsMessage(t) && IsMutable(t)));

    public static bool IsMessage(Type type) =>
        typeof(IMessage).IsAssignableFrom(type)
        || typeof(INotification).IsAssignableFrom(type)
        || Implements(type, typeof(ICommand<>))
        || Implements(type, typeof(IQuery<>))
        || typeof(Enrollment.BuildingBlocks.Domain.IDomainEvent).IsAssignableFrom(type)
        || typeof(Enrollment.BuildingBlocks.Application.Events.IntegrationEvent).IsAssignableFrom(type);

    /// <summary>The members that make a message mutable, e.g. "X { set; }" or "field Y".</summary>
    public static IReadOnlyList<string> MutableMembersOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var members = new List<string>();
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            const BindingFlags declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            foreach (var property in current.GetProperties(declared))
            {
                if (property.SetMethod is { } setter && !IsInitOnly(setter))
                {
                    members.Add($"{current.Name}.{property.Name} {{ set; }}");
                }
            }

            foreach (var field in current.GetFields(declared))
            {
                if (field.IsPublic && !field.IsInitOnly && !field.IsLiteral)
                {
                    members.Add($"{current.Name}.field {field.Name}");
                }
            }
        }

        return members;
    }

    private static bool IsMutable(Type type) => MutableMembersOf(type).Count > 0;

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    // Rule 7 --------------------------------------------------------------------------------------------

    /// <summary>DbContext types live only in Enrollment.Modules.*.Infrastructure or Enrollment.BuildingBlocks.Infrastructure.</summary>
    public static IReadOnlyList<string> MisplacedDbContextViolations(IEnumerable<Type> types) =>
        Names(types.Where(t => typeof(DbContext).IsAssignableFrom(t) && !DbContextHome().IsMatch(t.Namespace ?? string.Empty)));

    [GeneratedRegex(@"^Enrollment\.(Modules\.[A-Za-z0-9_]+|BuildingBlocks)\.Infrastructure(\..+)?$")]
    private static partial Regex DbContextHome();

    // Rule 8 --------------------------------------------------------------------------------------------

    /// <summary>The host and Infrastructure assemblies are the only ones allowed to use Hangfire.</summary>
    public static bool MayUseHangfire(string assemblyName) =>
        assemblyName == "Enrollment.Host" || assemblyName.EndsWith(".Infrastructure", StringComparison.Ordinal);

    /// <summary>Types that use Hangfire outside the host and the Infrastructure assemblies.</summary>
    public static IReadOnlyList<string> HangfireUseViolations(IEnumerable<Type> types) =>
        TypesDependingOnAny(types.Where(t => !MayUseHangfire(t.Assembly.GetName().Name!)), "Hangfire");

    /// <summary>Assemblies other than the host and Infrastructure whose metadata references a Hangfire assembly.</summary>
    public static IReadOnlyList<string> HangfireReferenceViolations(IEnumerable<Assembly> assemblies) =>
        AssembliesReferencing(assemblies.Where(a => !MayUseHangfire(a.GetName().Name!)), "Hangfire");

    /// <summary>Types that use MediatR (namespace MediatR), anywhere.</summary>
    public static IReadOnlyList<string> MediatRUseViolations(IEnumerable<Type> types) => TypesDependingOnAny(types, "MediatR");

    /// <summary>Assemblies whose metadata references a MediatR assembly.</summary>
    public static IReadOnlyList<string> MediatRReferenceViolations(IEnumerable<Assembly> assemblies) => AssembliesReferencing(assemblies, "MediatR");

    /// <summary>
    /// The same rule over the declared project/package graph (deps.json), which also catches a package
    /// reference that no code uses yet: projects with a direct Hangfire dependency that are neither the host
    /// nor Infrastructure, and projects with a direct MediatR dependency.
    /// </summary>
    public static IReadOnlyList<string> PackageReferenceViolations(IEnumerable<(string Project, IEnumerable<string> Dependencies)> projects) =>
        projects
            .Where(p => p.Dependencies.Any(d =>
                (IsPackage(d, "Hangfire") && !MayUseHangfire(p.Project)) || IsPackage(d, "MediatR")))
            .Select(p => p.Project)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Rule 3 over the project graph: module projects with a direct reference to another module's Domain, Application or Infrastructure project.</summary>
    public static IReadOnlyList<string> CrossModuleProjectReferenceViolations(IEnumerable<(string Project, IEnumerable<string> Dependencies)> projects) =>
        projects
            .Where(p => ModuleOf(p.Project) is { } module
                && p.Dependencies.Any(d => ModuleOf(d) is { } other && other != module && !d.EndsWith(".Contracts", StringComparison.Ordinal)))
            .Select(p => p.Project)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string? ModuleOf(string project) =>
        ModuleProject().Match(project) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex(@"^Enrollment\.Modules\.([A-Za-z0-9_]+)\.(Domain|Application|Infrastructure|Contracts)$")]
    private static partial Regex ModuleProject();

    private static bool IsPackage(string name, string family) =>
        name.Equals(family, StringComparison.OrdinalIgnoreCase) || name.StartsWith(family + ".", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<string> AssembliesReferencing(IEnumerable<Assembly> assemblies, string family) =>
        assemblies
            .Where(a => a.GetReferencedAssemblies().Any(r => IsPackage(r.Name ?? string.Empty, family)))
            .Select(a => a.GetName().Name!)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    // Rule 9 --------------------------------------------------------------------------------------------

    /// <summary>The building blocks depend on no module: every module may use them, so they cannot know one.</summary>
    public static IReadOnlyList<string> BuildingBlocksViolations(IEnumerable<Type> buildingBlocksTypes, string modulesNamespace = "Enrollment.Modules") =>
        TypesDependingOnAny(buildingBlocksTypes, modulesNamespace);

    /// <summary>Rule 9 over the project graph: building-block projects with a direct reference to a module project.</summary>
    public static IReadOnlyList<string> BuildingBlocksProjectReferenceViolations(IEnumerable<(string Project, IEnumerable<string> Dependencies)> projects) =>
        projects
            .Where(p => p.Project.StartsWith("Enrollment.BuildingBlocks", StringComparison.Ordinal)
                && p.Dependencies.Any(d => ModuleOf(d) is not null))
            .Select(p => p.Project)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    // Rule 10 -------------------------------------------------------------------------------------------

    /// <summary>
    /// The host composes; it holds no use case, no model and no business rule: no command/query/notification
    /// handler, no entity or aggregate (anything deriving from <c>Entity&lt;TId&gt;</c>), no <c>IBusinessRule</c>.
    /// </summary>
    public static IReadOnlyList<string> HostViolations(IEnumerable<Type> hostTypes) =>
        Names(hostTypes.Where(t => t is { IsClass: true } && !IsCompilerGenerated(t)
            && (IsCommandOrQueryHandler(t)
                || Implements(t, typeof(INotificationHandler<>))
                || DerivesFrom(t, typeof(Enrollment.BuildingBlocks.Domain.Entity<>))
                || typeof(Enrollment.BuildingBlocks.Domain.IBusinessRule).IsAssignableFrom(t))));

    // Rule 11 -------------------------------------------------------------------------------------------

    /// <summary>Validators are <c>internal sealed</c>: found by the host's assembly scan, used by nobody else.</summary>
    public static IReadOnlyList<string> ValidatorVisibilityViolations(IEnumerable<Type> types) =>
        Names(types.Where(t => t is { IsClass: true, IsAbstract: false } && !IsCompilerGenerated(t) && IsValidator(t)
            && (!t.IsSealed || IsVisibleAsPublic(t))));

    // Rule 12 -------------------------------------------------------------------------------------------

    /// <summary>
    /// A business rule is a sealed class named <c>…Rule</c> in a <c>Rules</c> namespace (one file each), or
    /// in a Contracts assembly when several modules share it. A refusal with no condition to check is a
    /// <see cref="Enrollment.BuildingBlocks.Domain.DomainError"/>, not a rule.
    /// </summary>
    public static IReadOnlyList<string> BusinessRuleShapeViolations(IEnumerable<Type> types) =>
        Names(types.Where(t => t is { IsClass: true, IsAbstract: false } && !IsCompilerGenerated(t)
            && typeof(Enrollment.BuildingBlocks.Domain.IBusinessRule).IsAssignableFrom(t)
            && (!t.IsSealed
                || !t.Name.EndsWith("Rule", StringComparison.Ordinal)
                || t.IsNested
                || !(t.Namespace is { } ns && (ns.EndsWith(".Rules", StringComparison.Ordinal) || ns.Contains(".Contracts", StringComparison.Ordinal))))));

    // Shared --------------------------------------------------------------------------------------------

    /// <summary>NetArchTest's dependency search (fields, signatures, method bodies, lambdas) over the given types.</summary>
    public static IReadOnlyList<string> TypesDependingOnAny(IEnumerable<Type> types, params string[] namespaces) =>
        Failing(types, all => all.ShouldNot().HaveDependencyOnAny(namespaces));

    /// <summary>
    /// Runs a NetArchTest condition over the assemblies of <paramref name="types"/> and keeps the failing
    /// types that are in the set. NetArchTest checks compiler-generated nested types (closures, state
    /// machines) as part of the type that declares them.
    /// </summary>
    public static IReadOnlyList<string> Failing(IEnumerable<Type> types, Func<Types, ConditionList> condition)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(condition);
        var set = types.ToList();
        if (set.Count == 0)
        {
            return [];
        }

        var wanted = set.Select(NameOf).ToHashSet(StringComparer.Ordinal);
        var result = condition(NetArchTest.Rules.Types.InAssemblies(set.Select(t => t.Assembly).Distinct())).GetResult();
        return (result.FailingTypeNames ?? [])
            .Select(name => name.Replace('/', '+'))
            .Where(wanted.Contains)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static string NameOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.FullName ?? type.Name;
    }

    private static IReadOnlyList<string> Names(IEnumerable<Type> types) =>
        types.Select(NameOf).Distinct().Order(StringComparer.Ordinal).ToList();

    private static bool Implements(Type type, Type openGenericInterface) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGenericInterface);

    private static bool DerivesFrom(Type type, Type openGenericBase)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == openGenericBase)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Declared public: a public top-level type or a public nested type.</summary>
    private static bool IsVisibleAsPublic(Type type) => type.IsPublic || type.IsNestedPublic;

    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || type.Name.Contains('<', StringComparison.Ordinal);

    private static string NameWithoutArity(Type type) => type.Name.Split('`')[0];
}
