// Deliberate violators of the handler, validator and message rules (5 and 6), next to well-formed
// ones that the rules must leave alone.
#pragma warning disable CA1812, CA1822, CA1051, CA1034, CA2227, CA1019, CA1711

using Enrollment.BuildingBlocks.Application.Events;
using Enrollment.BuildingBlocks.Domain;
using FluentValidation;
using Mediator;

namespace Enrollment.ArchitectureTests.Violations.Messages
{
    /// <summary>Rule 6: a settable property.</summary>
    public sealed record BadCommand : ICommand<Unit>
    {
        public string? X { get; set; }
    }

    /// <summary>Rule 6: a private setter is still a setter.</summary>
    public sealed class QueryWithPrivateSetter : IQuery<int>
    {
        public int Page { get; private set; }

        public void NextPage() => Page++;
    }

    /// <summary>Rule 6: a public field that can be written.</summary>
    public sealed class NotificationWithPublicField : INotification
    {
        public int Count;
    }

    /// <summary>Rule 6: a mutable domain event.</summary>
    public sealed class MutableDomainEvent : IDomainEvent
    {
        public DateTimeOffset OccurredAt { get; set; }
    }

    /// <summary>Rule 6: a mutable integration event, positional otherwise.</summary>
    public sealed record MutableIntegrationEvent(Guid Id, DateTimeOffset OccurredAt) : IntegrationEvent(Id, OccurredAt)
    {
        public string? Note { get; set; }
    }

    /// <summary>Rule 6: mutability inherited from a base class.</summary>
    public abstract class MutableBaseCommand
    {
        public Guid RequestId { get; set; }
    }

    public sealed class CommandWithMutableBase : MutableBaseCommand, ICommand<int>;

    /// <summary>Immutable: positional record.</summary>
    public sealed record GoodCommand(string Name) : ICommand<Unit>;

    /// <summary>Immutable: init-only properties and a readonly field.</summary>
    public sealed record GoodQuery : IQuery<int>
    {
        public readonly int Version = 1;

        public const int MaxPage = 100;

        public int Page { get; init; }

        public string Text => $"{Page}";
    }

    /// <summary>Immutable: get-only, set in the constructor.</summary>
    public sealed class GoodNotification(Guid id) : INotification
    {
        public Guid Id { get; } = id;
    }

    /// <summary>Immutable: a positional domain event.</summary>
    public sealed record GoodDomainEvent(Guid Id, DateTimeOffset OccurredAt) : IDomainEvent;

    /// <summary>Not a message at all: mutable is fine.</summary>
    public sealed class MutableDto
    {
        public string? Name { get; set; }
    }
}

namespace Enrollment.ArchitectureTests.Violations.Handlers
{
    using Enrollment.ArchitectureTests.Violations.Messages;

    /// <summary>Rule 5: public and not sealed.</summary>
    public class BadCommandHandler : ICommandHandler<BadCommand, Unit>
    {
        public ValueTask<Unit> Handle(BadCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(Unit.Value);
    }

    /// <summary>Rule 5: sealed and internal, but not named ...QueryHandler.</summary>
    internal sealed class PageLoader : IQueryHandler<QueryWithPrivateSetter, int>
    {
        public ValueTask<int> Handle(QueryWithPrivateSetter query, CancellationToken cancellationToken) => ValueTask.FromResult(query.Page);
    }

    /// <summary>Rule 5: public, although sealed and well named.</summary>
    public sealed class GoodQueryHandler : IQueryHandler<GoodQuery, int>
    {
        public ValueTask<int> Handle(GoodQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(query.Page);
    }

    /// <summary>Rule 5: internal, but not sealed.</summary>
    internal class OpenCommandHandler : ICommandHandler<CommandWithMutableBase, int>
    {
        public ValueTask<int> Handle(CommandWithMutableBase command, CancellationToken cancellationToken) => ValueTask.FromResult(0);
    }

    /// <summary>Rule 5: a command handler named like a query handler.</summary>
    internal sealed class MisnamedQueryHandler : ICommandHandler<GoodCommand, Unit>
    {
        public ValueTask<Unit> Handle(GoodCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(Unit.Value);
    }

    /// <summary>Rule 5: a validator whose name does not end in Validator.</summary>
    public sealed class GoodCommandRules : AbstractValidator<GoodCommand>
    {
        public GoodCommandRules() => RuleFor(c => c.Name).NotEmpty();
    }

    /// <summary>Follows rule 5.</summary>
    internal sealed class GoodCommandHandler : ICommandHandler<GoodCommand, Unit>
    {
        public ValueTask<Unit> Handle(GoodCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(Unit.Value);
    }

    /// <summary>Follows rule 5.</summary>
    public sealed class GoodCommandValidator : AbstractValidator<GoodCommand>
    {
        public GoodCommandValidator() => RuleFor(c => c.Name).NotEmpty();
    }

    /// <summary>Follows rule 5: a handler nested in a non-public class.</summary>
    internal static class Feature
    {
        internal sealed class NestedCommandHandler : ICommandHandler<BadCommand, Unit>
        {
            public ValueTask<Unit> Handle(BadCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(Unit.Value);
        }
    }
}
