// Deliberate violators: types that break the dependency rules, so that the tests can show each rule
// function reports them. Two fake modules, "Fake" and "Other", laid out like real ones.
#pragma warning disable CA1812, CA1822, CA1823, CA1051, CA1034, CA2227, CS0649, CS0169, IDE0051

namespace Enrollment.ArchitectureTests.Violations.Fake.Domain
{
    using FluentValidation;
    using Microsoft.EntityFrameworkCore;

    /// <summary>Rule 1 (EF Core in the domain) and rule 7 (a DbContext outside Infrastructure).</summary>
    public sealed class FakeDomainDbContext(DbContextOptions options) : DbContext(options);

    /// <summary>Rule 1: FluentValidation in the domain.</summary>
    public sealed class AggregateValidatedWithFluentValidation
    {
        public IValidator<CleanAggregate>? Validator { get; init; }
    }

    /// <summary>Rule 1: the domain reaching up into its own Infrastructure.</summary>
    public sealed class AggregateUsingInfrastructure
    {
        public void Save() => new Fake.Infrastructure.FakeRepository().Save();
    }

    /// <summary>Rule 1: the domain reaching up into its own Application layer.</summary>
    public sealed class AggregateUsingApplication
    {
        public object Handler { get; } = new Fake.Application.GoodService();
    }

    /// <summary>Rule 1: ASP.NET Core in the domain.</summary>
    public sealed class AggregateReadingHttpContext
    {
        public string? UserOf(Microsoft.AspNetCore.Http.HttpContext context) => context.User.Identity?.Name;
    }

    /// <summary>Rule 1: the dependency hides in a lambda (a compiler-generated closure class).</summary>
    public static class AggregateWithEfInALambda
    {
        public static Func<object, bool> IsDatabase { get; } = o => o is DbContext;
    }

    /// <summary>Rule 1 and rule 8: Hangfire in the domain.</summary>
    public sealed class AggregateSchedulingJobs
    {
        public Hangfire.IBackgroundJobClient? Jobs { get; init; }
    }

    /// <summary>Breaks nothing.</summary>
    public sealed class CleanAggregate
    {
        public string Name { get; init; } = string.Empty;
    }
}

namespace Enrollment.ArchitectureTests.Violations.Fake.Application
{
    using Microsoft.EntityFrameworkCore;

    /// <summary>Rule 2: the Application layer using its own Infrastructure.</summary>
    public sealed class ServiceUsingInfrastructure
    {
        public Fake.Infrastructure.FakeRepository Repository { get; } = new();
    }

    /// <summary>Rule 2: EF Core in the Application layer.</summary>
    public sealed class ServiceQueryingDbContext
    {
        public int Count(DbContext context) => context.ChangeTracker.Entries().Count();
    }

    /// <summary>Rule 2 and rule 8: Hangfire in the Application layer.</summary>
    public sealed class ServiceEnqueuingJobs
    {
        public Hangfire.IBackgroundJobClient? Jobs { get; init; }
    }

    /// <summary>Rule 2: ASP.NET Core in the Application layer.</summary>
    public sealed class ServiceReturningResults
    {
        public Microsoft.AspNetCore.Http.IResult Ok() => Microsoft.AspNetCore.Http.Results.Ok();
    }

    /// <summary>Rule 3: reaches into another module's Domain.</summary>
    public sealed class ServiceUsingOtherModulesDomain
    {
        public Other.Domain.OtherAggregate? Aggregate { get; init; }
    }

    /// <summary>Allowed by rule 3: another module's Contracts.</summary>
    public sealed class ServiceUsingOtherModulesContracts
    {
        public Other.Contracts.OtherModuleEvent? Event { get; init; }
    }

    /// <summary>Breaks nothing: the Application layer may use its Domain.</summary>
    public sealed class GoodService
    {
        public Fake.Domain.CleanAggregate Aggregate { get; } = new();
    }
}

namespace Enrollment.ArchitectureTests.Violations.Fake.Infrastructure
{
    /// <summary>Rule 3: reaches into another module's Infrastructure.</summary>
    public sealed class FakeRepository
    {
        public void Save() => _ = new Other.Infrastructure.OtherRepository();
    }

    /// <summary>Rule 3: reaches into another module's Application layer, in a method body only.</summary>
    public sealed class HandlerCallingOtherModulesApplication
    {
        public string Describe() => nameof(Other.Application.OtherService) + new Other.Application.OtherService().GetHashCode();
    }
}

namespace Enrollment.ArchitectureTests.Violations.Fake.Contracts
{
    using Enrollment.BuildingBlocks.Application.Events;
    using Mediator;

    /// <summary>Allowed by rule 4: System, Mediator, building blocks.</summary>
    public sealed record FakeModuleEvent(Guid Id, DateTimeOffset OccurredAt, Guid ApplicationId) : IntegrationEvent(Id, OccurredAt);

    /// <summary>Allowed by rule 4: a query answered with a contract type of its own namespace.</summary>
    public sealed record GetFakeSummary(Guid Id) : IQuery<FakeSummary>;

    public sealed record FakeSummary(Guid Id, string Name, IReadOnlyList<DateOnly> Dates);

    /// <summary>Rule 4: a contract exposing the module's domain type.</summary>
    public sealed record LeakyContract(Fake.Domain.CleanAggregate Aggregate);

    /// <summary>Rule 4: a contract exposing EF Core.</summary>
    public sealed record ContractWithEntityFramework(Microsoft.EntityFrameworkCore.EntityState State);

    /// <summary>Rule 4: a contract exposing FluentValidation.</summary>
    public sealed record ContractWithValidationFailure(FluentValidation.Results.ValidationFailure Failure);
}

namespace Enrollment.ArchitectureTests.Violations.Other.Domain
{
    public sealed class OtherAggregate;
}

namespace Enrollment.ArchitectureTests.Violations.Other.Application
{
    public sealed class OtherService;
}

namespace Enrollment.ArchitectureTests.Violations.Other.Infrastructure
{
    public sealed class OtherRepository;
}

namespace Enrollment.ArchitectureTests.Violations.Other.Contracts
{
    public sealed record OtherModuleEvent(Guid Id);
}

namespace Enrollment.ArchitectureTests.Violations.NotInfrastructure
{
    using Microsoft.EntityFrameworkCore;

    /// <summary>Rule 7: a DbContext in an Application-like namespace.</summary>
    public sealed class ReportingDbContext(DbContextOptions options) : DbContext(options);

    /// <summary>Rule 7: derived indirectly, through the building blocks' ModuleDbContext.</summary>
    public sealed class IndirectDbContext(DbContextOptions options) : Enrollment.BuildingBlocks.Infrastructure.Persistence.ModuleDbContext(options)
    {
        public override string Schema => "indirect";

        protected override void ConfigureModule(ModelBuilder modelBuilder)
        {
        }
    }
}

namespace Enrollment.Modules.Fake.Infrastructure.Persistence
{
    using Microsoft.EntityFrameworkCore;

    /// <summary>Allowed by rule 7: a module's DbContext in its Infrastructure.</summary>
    public sealed class FakeDbContext(DbContextOptions options) : DbContext(options);
}

namespace MediatR
{
    /// <summary>Stands in for MediatR's IRequest, which the product must never use (rule 8).</summary>
    public interface IRequest<out TResponse>;
}

namespace Enrollment.ArchitectureTests.Violations.Fake.Application
{
    /// <summary>Rule 8: a MediatR request.</summary>
    public sealed record MediatRStyleRequest(Guid Id) : MediatR.IRequest<int>;
}
