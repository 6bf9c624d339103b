using System.Reflection;
using Enrollment.ArchitectureTests.Violations.Fake.Application;
using Enrollment.ArchitectureTests.Violations.Fake.Contracts;
using Enrollment.ArchitectureTests.Violations.Fake.Domain;
using Enrollment.ArchitectureTests.Violations.Fake.Infrastructure;
using Enrollment.ArchitectureTests.Violations.Handlers;
using Enrollment.ArchitectureTests.Violations.Messages;
using Enrollment.ArchitectureTests.Violations.NotInfrastructure;

namespace Enrollment.ArchitectureTests;

/// <summary>
/// Each rule function, run over the deliberate violators in Violations/, reports exactly the types that
/// break it, and leaves the well-formed ones beside them alone: the product tests can fail.
/// </summary>
public class RulesCanFailTests
{
    private const string Violations = "Enrollment.ArchitectureTests.Violations";
    private const string FakeModule = Violations + ".Fake";

    private static readonly Assembly TestAssembly = typeof(RulesCanFailTests).Assembly;

    private static IReadOnlyList<Type> InNamespace(string prefix) =>
        Product.TypesOf(TestAssembly)
            .Where(t => t.Namespace is { } ns && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal)))
            .ToList();

    private static string[] Expect(params Type[] types) =>
        types.Select(ArchitectureRules.NameOf).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Rule_1_reports_a_fake_Domain_using_EF_Core_FluentValidation_its_upper_layers_ASP_NET_Core_and_Hangfire()
    {
        var violations = ArchitectureRules.DomainLayerViolations(InNamespace(FakeModule + ".Domain"), FakeModule);

        Assert.Equal(
            Expect(
                typeof(FakeDomainDbContext),
                typeof(AggregateValidatedWithFluentValidation),
                typeof(AggregateUsingInfrastructure),
                typeof(AggregateUsingApplication),
                typeof(AggregateReadingHttpContext),
                typeof(AggregateWithEfInALambda),
                typeof(AggregateSchedulingJobs)),
            violations);
        Assert.DoesNotContain(ArchitectureRules.NameOf(typeof(CleanAggregate)), violations);
    }

    [Fact]
    public void Rule_2_reports_a_fake_Application_using_its_Infrastructure_EF_Core_Hangfire_and_ASP_NET_Core()
    {
        var violations = ArchitectureRules.ApplicationLayerViolations(InNamespace(FakeModule + ".Application"), FakeModule);

        Assert.Equal(
            Expect(
                typeof(ServiceUsingInfrastructure),
                typeof(ServiceQueryingDbContext),
                typeof(ServiceEnqueuingJobs),
                typeof(ServiceReturningResults)),
            violations);
    }

    [Fact]
    public void Rule_3_reports_reaching_into_another_modules_Domain_Application_or_Infrastructure_but_not_its_Contracts()
    {
        var violations = ArchitectureRules.CrossModuleViolations(InNamespace(FakeModule), [Violations + ".Other"]);

        Assert.Equal(
            Expect(
                typeof(ServiceUsingOtherModulesDomain),
                typeof(FakeRepository),
                typeof(HandlerCallingOtherModulesApplication)),
            violations);
        Assert.DoesNotContain(ArchitectureRules.NameOf(typeof(ServiceUsingOtherModulesContracts)), violations);
    }

    [Fact]
    public void Rule_3_over_the_project_graph_reports_a_module_referencing_another_modules_Domain()
    {
        (string, IEnumerable<string>)[] graph =
        [
            ("Enrollment.Modules.Review.Application", ["Enrollment.Modules.Registration.Contracts", "Enrollment.Modules.Review.Domain"]),
            ("Enrollment.Modules.Review.Infrastructure", ["Enrollment.Modules.Registration.Domain"]),
            ("Enrollment.Modules.Evidence.Application", ["Enrollment.Modules.Registration.Application"]),
            ("Enrollment.Host", ["Enrollment.Modules.Registration.Infrastructure"]),
        ];

        Assert.Equal(
            ["Enrollment.Modules.Evidence.Application", "Enrollment.Modules.Review.Infrastructure"],
            ArchitectureRules.CrossModuleProjectReferenceViolations(graph));
    }

    [Fact]
    public void Rule_4_reports_contracts_exposing_a_domain_type_EF_Core_or_FluentValidation()
    {
        var violations = ArchitectureRules.ContractsViolations(InNamespace(FakeModule + ".Contracts"), FakeModule + ".Contracts");

        Assert.Equal(
            Expect(typeof(LeakyContract), typeof(ContractWithEntityFramework), typeof(ContractWithValidationFailure)),
            violations);
    }

    [Fact]
    public void Rule_5_reports_public_unsealed_or_misnamed_handlers_and_a_validator_not_named_Validator()
    {
        var violations = ArchitectureRules.HandlerAndValidatorViolations(InNamespace(Violations));

        Assert.Equal(
            Expect(
                typeof(BadCommandHandler),
                typeof(PageLoader),
                typeof(GoodQueryHandler),
                typeof(OpenCommandHandler),
                typeof(MisnamedQueryHandler),
                typeof(GoodCommandRules)),
            violations);
    }

    [Fact]
    public void Rule_6_reports_messages_with_setters_or_public_fields_and_accepts_init_and_positional_records()
    {
        var violations = ArchitectureRules.MutableMessageViolations(InNamespace(Violations));

        Assert.Equal(
            Expect(
                typeof(BadCommand),
                typeof(QueryWithPrivateSetter),
                typeof(NotificationWithPublicField),
                typeof(MutableDomainEvent),
                typeof(MutableIntegrationEvent),
                typeof(CommandWithMutableBase)),
            violations);
    }

    [Fact]
    public void Rule_6_names_the_mutable_members()
    {
        Assert.Equal(["BadCommand.X { set; }"], ArchitectureRules.MutableMembersOf(typeof(BadCommand)));
        Assert.Equal(["NotificationWithPublicField.field Count"], ArchitectureRules.MutableMembersOf(typeof(NotificationWithPublicField)));
        Assert.Equal(["MutableBaseCommand.RequestId { set; }"], ArchitectureRules.MutableMembersOf(typeof(CommandWithMutableBase)));
        Assert.Empty(ArchitectureRules.MutableMembersOf(typeof(GoodQuery)));
        Assert.Empty(ArchitectureRules.MutableMembersOf(typeof(GoodCommand)));
        Assert.Empty(ArchitectureRules.MutableMembersOf(typeof(FakeModuleEvent)));
    }

    [Fact]
    public void Rule_7_reports_DbContexts_outside_Infrastructure_and_accepts_a_modules_Infrastructure()
    {
        var types = InNamespace(Violations).Append(typeof(Enrollment.Modules.Fake.Infrastructure.Persistence.FakeDbContext));

        Assert.Equal(
            Expect(typeof(FakeDomainDbContext), typeof(ReportingDbContext), typeof(IndirectDbContext)),
            ArchitectureRules.MisplacedDbContextViolations(types));
    }

    [Fact]
    public void Rule_8_reports_types_using_Hangfire_outside_the_host_and_Infrastructure()
    {
        Assert.Equal(
            Expect(typeof(AggregateSchedulingJobs), typeof(ServiceEnqueuingJobs)),
            ArchitectureRules.HangfireUseViolations(InNamespace(Violations)));
    }

    [Fact]
    public void Rule_8_reports_an_assembly_referencing_Hangfire_that_is_neither_the_host_nor_Infrastructure()
    {
        Assert.Equal(["Enrollment.ArchitectureTests"], ArchitectureRules.HangfireReferenceViolations([TestAssembly, Product.Host]));
        Assert.True(ArchitectureRules.MayUseHangfire("Enrollment.Modules.Review.Infrastructure"));
        Assert.False(ArchitectureRules.MayUseHangfire("Enrollment.Modules.Review.Application"));
    }

    [Fact]
    public void Rule_8_reports_types_using_MediatR()
    {
        Assert.Equal(Expect(typeof(MediatRStyleRequest)), ArchitectureRules.MediatRUseViolations(InNamespace(Violations)));
    }

    [Fact]
    public void Rule_8_over_the_project_graph_reports_Hangfire_outside_the_host_and_Infrastructure_and_any_MediatR()
    {
        (string, IEnumerable<string>)[] graph =
        [
            ("Enrollment.Host", ["Hangfire.AspNetCore"]),
            ("Enrollment.BuildingBlocks.Infrastructure", ["Hangfire.Core"]),
            ("Enrollment.Modules.Review.Application", ["Hangfire.Core"]),
            ("Enrollment.Modules.Review.Infrastructure", ["MediatR"]),
            ("Enrollment.Modules.Review.Domain", ["MediatR.Contracts"]),
            ("Enrollment.Modules.Review.Contracts", ["Mediator.Abstractions", "HangfireLike"]),
        ];

        Assert.Equal(
            ["Enrollment.Modules.Review.Application", "Enrollment.Modules.Review.Domain", "Enrollment.Modules.Review.Infrastructure"],
            ArchitectureRules.PackageReferenceViolations(graph));
    }

    [Fact]
    public void Rule_9_reports_a_building_block_that_knows_a_module()
    {
        var violations = ArchitectureRules.BuildingBlocksViolations(InNamespace(Violations + ".FakeBuildingBlocks"), Violations + ".Other");

        Assert.Equal(
            Expect(typeof(Violations.FakeBuildingBlocks.OutboxKnowingAModule), typeof(Violations.FakeBuildingBlocks.PipelineCreatingAModuleType)),
            violations);
    }

    [Fact]
    public void Rule_9_over_the_project_graph_reports_a_building_block_referencing_a_module()
    {
        (string, IEnumerable<string>)[] graph =
        [
            ("Enrollment.BuildingBlocks.Infrastructure", ["Enrollment.BuildingBlocks.Application", "Enrollment.Modules.Registration.Contracts"]),
            ("Enrollment.BuildingBlocks.Application", ["Enrollment.BuildingBlocks.Domain"]),
            ("Enrollment.Modules.Registration.Domain", ["Enrollment.BuildingBlocks.Domain"]),
        ];

        Assert.Equal(["Enrollment.BuildingBlocks.Infrastructure"], ArchitectureRules.BuildingBlocksProjectReferenceViolations(graph));
    }

    [Fact]
    public void Rule_10_reports_a_handler_an_aggregate_and_a_rule_in_the_host()
    {
        var violations = ArchitectureRules.HostViolations(InNamespace(Violations + ".FakeHost"));

        Assert.Equal(
            Expect(typeof(Violations.FakeHost.PingCommandHandler), typeof(Violations.FakeHost.HostAggregate), typeof(Violations.FakeHost.HostRule)),
            violations);
    }

    [Fact]
    public void Rule_12_reports_a_rule_beside_its_aggregate_a_nested_one_an_unsealed_one_and_one_not_named_Rule()
    {
        var violations = ArchitectureRules.BusinessRuleShapeViolations(InNamespace(Violations + ".BusinessRules"));

        Assert.Equal(
            Expect(
                typeof(Violations.BusinessRules.Domain.Orders.OrderMustHaveLinesRule),
                typeof(Violations.BusinessRules.Domain.Orders.Order.NestedRule),
                typeof(Violations.BusinessRules.Domain.Orders.Rules.OpenRule),
                typeof(Violations.BusinessRules.Domain.Orders.Rules.AlwaysRefused)),
            violations);
    }

    [Fact]
    public void Rule_11_reports_a_public_and_an_unsealed_validator()
    {
        var violations = ArchitectureRules.ValidatorVisibilityViolations(InNamespace(Violations + ".Validators"));

        Assert.Equal(
            Expect(typeof(Violations.Validators.PublicNameValidator), typeof(Violations.Validators.OpenNameValidator)),
            violations);
    }
}
