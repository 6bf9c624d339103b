namespace Enrollment.ArchitectureTests;

/// <summary>docs/architecture.md, "Architecture tests to keep green", over the product.</summary>
public class ProductArchitectureTests
{
    public static TheoryData<string> Modules => Product.ModuleNames;

    private static void AssertNone(IReadOnlyList<string> violations, string rule) =>
        Assert.True(violations.Count == 0, $"{rule}:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", violations)}");

    [Fact]
    public void All_five_modules_and_their_four_layers_are_loaded()
    {
        Assert.Equal(["Identity", "Regions", "Registration", "Evidence", "Review"], Product.Modules.Select(m => m.Name));
        foreach (var module in Product.Modules)
        {
            Assert.Equal($"{module.Namespace}.Domain", module.Domain.GetName().Name);
            Assert.Equal($"{module.Namespace}.Application", module.Application.GetName().Name);
            Assert.Equal($"{module.Namespace}.Infrastructure", module.Infrastructure.GetName().Name);
            Assert.Equal($"{module.Namespace}.Contracts", module.Contracts.GetName().Name);
        }

        Assert.Equal(24, Product.Assemblies.Distinct().Count());
    }

    [Fact]
    public void The_dependency_search_reads_the_product_assemblies()
    {
        // Positive controls: the same search that must find nothing in the rules finds what is really there.
        var registration = Product.Named("Registration");
        Assert.Contains(
            "Enrollment.Modules.Registration.Infrastructure.Persistence.RegistrationDbContext",
            ArchitectureRules.TypesDependingOnAny(Product.TypesOf(registration.Infrastructure), "Microsoft.EntityFrameworkCore"));
        Assert.Contains(
            "Enrollment.Modules.Registration.Application.Applications.SaveStudent.SaveStudentCommandValidator",
            ArchitectureRules.TypesDependingOnAny(Product.TypesOf(registration.Application), "FluentValidation"));
        Assert.Contains(
            "Enrollment.Modules.Review.Application.ApplicationHistory.RecordApplicationHistory",
            ArchitectureRules.TypesDependingOnAny(Product.TypesOf(Product.Named("Review").Application), "Enrollment.Modules.Registration.Contracts"));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Rule_1_Domain_depends_on_none_of_its_Application_Infrastructure_EF_Core_FluentValidation_Mapster_Hangfire_ASP_NET_Core(string name)
    {
        var module = Product.Named(name);

        AssertNone(ArchitectureRules.DomainLayerViolations(Product.TypesOf(module.Domain), module.Namespace), $"{name}.Domain");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Rule_2_Application_depends_on_none_of_its_Infrastructure_ASP_NET_Core_Hangfire_EF_Core(string name)
    {
        var module = Product.Named(name);

        AssertNone(ArchitectureRules.ApplicationLayerViolations(Product.TypesOf(module.Application), module.Namespace), $"{name}.Application");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Rule_3_No_module_depends_on_another_modules_Domain_Application_or_Infrastructure(string name)
    {
        var module = Product.Named(name);
        var others = Product.Modules.Where(m => m != module).Select(m => m.Namespace);

        AssertNone(ArchitectureRules.CrossModuleViolations(Product.TypesOf(module.Assemblies), others), name);
    }

    [Fact]
    public void Rule_3_No_module_project_references_another_modules_Domain_Application_or_Infrastructure_project()
    {
        AssertNone(ArchitectureRules.CrossModuleProjectReferenceViolations(Product.ProjectGraph()), "project references");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Rule_4_Contracts_depend_only_on_System_Mediator_and_the_building_blocks(string name)
    {
        var module = Product.Named(name);

        AssertNone(ArchitectureRules.ContractsViolations(Product.TypesOf(module.Contracts), $"{module.Namespace}.Contracts"), $"{name}.Contracts");
    }

    [Fact]
    public void Rule_5_Handlers_are_sealed_not_public_and_named_after_their_kind_and_validators_end_in_Validator()
    {
        AssertNone(ArchitectureRules.HandlerAndValidatorViolations(Product.Types), "handlers and validators");
    }

    [Fact]
    public void Rule_5_sees_the_products_handlers_and_validators()
    {
        var handlers = Product.Types.Where(ArchitectureRules.IsCommandOrQueryHandler).Select(t => t.Name).ToList();
        var validators = Product.Types.Where(ArchitectureRules.IsValidator).Select(t => t.Name).ToList();

        Assert.Contains("SaveStudentCommandHandler", handlers);
        Assert.Contains("StartApplicationCommandHandler", handlers);
        Assert.Contains("GetApplicationQueryHandler", handlers);
        Assert.Contains("SaveStudentCommandValidator", validators);
        Assert.Contains("StartApplicationCommandValidator", validators);
    }

    [Fact]
    public void Rule_6_Messages_are_immutable()
    {
        var violations = ArchitectureRules.MutableMessageViolations(Product.Types);

        AssertNone(
            violations.Select(v => $"{v}: {string.Join(", ", ArchitectureRules.MutableMembersOf(Product.Types.Single(t => ArchitectureRules.NameOf(t) == v)))}").ToList(),
            "mutable messages");
    }

    [Fact]
    public void Rule_6_sees_the_products_commands_queries_and_events()
    {
        var messages = Product.Types.Where(t => !t.IsInterface && ArchitectureRules.IsMessage(t)).Select(t => t.Name).ToList();

        Assert.Contains("SaveStudentCommand", messages);
        Assert.Contains("GetApplicationQuery", messages);
        Assert.Contains("StudentInformationSaved", messages);
        Assert.Contains("ApplicationStartedIntegrationEvent", messages);
        Assert.Contains("IntegrationEvent", messages);
    }

    [Fact]
    public void Rule_7_DbContexts_live_only_in_Infrastructure()
    {
        AssertNone(ArchitectureRules.MisplacedDbContextViolations(Product.Types), "DbContexts outside Infrastructure");
    }

    [Fact]
    public void Rule_7_sees_every_modules_DbContext()
    {
        var contexts = Product.Types.Where(t => typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(t)).Select(t => t.Name).ToList();

        foreach (var module in Product.Modules)
        {
            Assert.Contains($"{module.Name}DbContext", contexts);
        }
    }

    [Fact]
    public void Rule_8_Only_the_host_and_Infrastructure_use_or_reference_Hangfire()
    {
        AssertNone(ArchitectureRules.HangfireUseViolations(Product.Types), "types using Hangfire");
        AssertNone(ArchitectureRules.HangfireReferenceViolations(Product.Assemblies), "assemblies referencing Hangfire");
    }

    [Fact]
    public void Rule_8_Nothing_uses_or_references_MediatR()
    {
        AssertNone(ArchitectureRules.MediatRUseViolations(Product.Types), "types using MediatR");
        AssertNone(ArchitectureRules.MediatRReferenceViolations(Product.Assemblies), "assemblies referencing MediatR");
    }

    [Fact]
    public void Rule_8_No_project_declares_Hangfire_outside_the_host_and_Infrastructure_nor_MediatR_at_all()
    {
        var graph = Product.ProjectGraph();

        Assert.Equal(Product.Assemblies.Count, graph.Select(p => p.Project).Distinct().Count());
        AssertNone(ArchitectureRules.PackageReferenceViolations(graph), "package references");
    }

    [Fact]
    public void Rule_8_sees_where_Hangfire_is_used()
    {
        Assert.Contains("Enrollment.BuildingBlocks.Infrastructure", Product.Assemblies
            .Where(a => a.GetReferencedAssemblies().Any(r => r.Name!.StartsWith("Hangfire", StringComparison.Ordinal)))
            .Select(a => a.GetName().Name));
    }

    [Fact]
    public void Rule_9_BuildingBlocks_depend_on_no_module()
    {
        AssertNone(ArchitectureRules.BuildingBlocksViolations(Product.TypesOf(Product.BuildingBlocks)), "building-block types using a module");
        AssertNone(ArchitectureRules.BuildingBlocksProjectReferenceViolations(Product.ProjectGraph()), "building-block projects referencing a module");
    }

    [Fact]
    public void Rule_10_The_host_holds_no_handler_entity_or_rule()
    {
        AssertNone(ArchitectureRules.HostViolations(Product.TypesOf(Product.Host)), "handlers, entities or rules in the host");
    }

    [Fact]
    public void Rule_11_Validators_are_internal_sealed()
    {
        AssertNone(ArchitectureRules.ValidatorVisibilityViolations(Product.Types), "validators that are public or not sealed");
    }

    [Fact]
    public void Rule_12_Business_rules_are_sealed_named_Rule_and_live_in_a_Rules_namespace_or_a_Contracts_assembly()
    {
        AssertNone(ArchitectureRules.BusinessRuleShapeViolations(Product.Types), "business rules outside a Rules namespace, unsealed, nested or not named …Rule");
        Assert.Contains(Product.Types, t => t.Name == "StudentMustNotBeTooYoungRule");
    }

    [Fact]
    public void Rules_9_to_11_see_what_they_check()
    {
        // Positive controls: the building blocks are read, rules and handlers exist in the modules, validators are found.
        Assert.Contains(Product.TypesOf(Product.BuildingBlocks), t => t.Name == "ModuleDbContext");
        Assert.NotEmpty(ArchitectureRules.HostViolations(Product.TypesOf(Product.Named("Registration").Assemblies)));
        Assert.Contains(Product.Types, ArchitectureRules.IsValidator);
    }
}
