// Deliberate violators of rules 9 to 12, next to well-formed types that the rules must leave alone.
#pragma warning disable CA1812, CA1822

using Enrollment.BuildingBlocks.Domain;
using FluentValidation;
using Mediator;

namespace Enrollment.ArchitectureTests.Violations.FakeBuildingBlocks
{
    /// <summary>Rule 9: a building block that knows a module.</summary>
    public sealed class OutboxKnowingAModule
    {
        public Violations.Other.Contracts.OtherModuleEvent? Last { get; init; }
    }

    /// <summary>Rule 9: the same, hidden in a method body.</summary>
    public sealed class PipelineCreatingAModuleType
    {
        public object Make() => new Violations.Other.Domain.OtherAggregate();
    }

    /// <summary>Breaks nothing: building blocks may use each other.</summary>
    public sealed class CleanBuildingBlock
    {
        public IBusinessRule? Rule { get; init; }
    }
}

namespace Enrollment.ArchitectureTests.Violations.FakeHost
{
    public sealed record PingCommand(string Text) : ICommand<string>;

    /// <summary>Rule 10: a use case in the host.</summary>
    internal sealed class PingCommandHandler : ICommandHandler<PingCommand, string>
    {
        public ValueTask<string> Handle(PingCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(command.Text);
    }

    /// <summary>Rule 10: a model in the host.</summary>
    public sealed class HostAggregate : AggregateRoot<Guid>;

    /// <summary>Rule 10: a business rule in the host.</summary>
    public sealed class HostRule : IBusinessRule
    {
        public bool IsBroken() => false;

        public string Code => "host.rule";

        public string Message => "—";
    }

    /// <summary>Breaks nothing: composition and HTTP plumbing are the host's.</summary>
    public static class CleanEndpointMapping
    {
        public static string Route => "/api/v1/ping";
    }
}

namespace Enrollment.ArchitectureTests.Violations.Validators
{
    public sealed record NamedThing(string Name);

    /// <summary>Rule 11: public.</summary>
    public sealed class PublicNameValidator : AbstractValidator<NamedThing>
    {
        public PublicNameValidator() => RuleFor(t => t.Name).NotEmpty();
    }

    /// <summary>Rule 11: not sealed.</summary>
    internal class OpenNameValidator : AbstractValidator<NamedThing>
    {
        public OpenNameValidator() => RuleFor(t => t.Name).NotEmpty();
    }

    /// <summary>Breaks nothing.</summary>
    internal sealed class GoodNameValidator : AbstractValidator<NamedThing>
    {
        public GoodNameValidator() => RuleFor(t => t.Name).NotEmpty();
    }
}

namespace Enrollment.ArchitectureTests.Violations.BusinessRules.Domain.Orders
{
    /// <summary>Rule 12: a rule kept in its aggregate's file and namespace.</summary>
    public sealed class OrderMustHaveLinesRule(int lines) : IBusinessRule
    {
        public bool IsBroken() => lines == 0;

        public string Code => "order.lines.required";

        public string Message => "—";
    }

    public sealed class Order
    {
        /// <summary>Rule 12: a rule nested in its aggregate.</summary>
        public sealed class NestedRule : IBusinessRule
        {
            public bool IsBroken() => false;

            public string Code => "order.nested";

            public string Message => "—";
        }
    }
}

namespace Enrollment.ArchitectureTests.Violations.BusinessRules.Domain.Orders.Rules
{
    /// <summary>Rule 12: not sealed.</summary>
    public class OpenRule : IBusinessRule
    {
        public bool IsBroken() => false;

        public string Code => "order.open";

        public string Message => "—";
    }

    /// <summary>Rule 12: a refusal dressed as a rule (no condition, not named …Rule): a DomainError instead.</summary>
    public sealed class AlwaysRefused : IBusinessRule
    {
        public bool IsBroken() => true;

        public string Code => "order.refused";

        public string Message => "—";
    }

    /// <summary>Breaks nothing.</summary>
    public sealed class OrderMustNotBeEmptyRule(int lines) : IBusinessRule
    {
        public bool IsBroken() => lines == 0;

        public string Code => "order.empty";

        public string Message => "—";
    }
}

namespace Enrollment.ArchitectureTests.Violations.BusinessRules.Contracts
{
    /// <summary>Breaks nothing: a rule shared by modules lives in a Contracts assembly.</summary>
    public sealed class SharedThingMustBeOpenRule(bool open) : IBusinessRule
    {
        public bool IsBroken() => !open;

        public string Code => "thing.closed";

        public string Message => "—";
    }
}
