using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Identity.Domain.Agreements.Rules;

namespace Enrollment.Modules.Identity.Domain.Agreements;

/// <summary>One version of the platform agreement (平台协议). A new version asks every parent again.</summary>
public sealed class Agreement : AggregateRoot<Guid>
{
    private Agreement()
    {
    }

    public int Version { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    public DateTimeOffset PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public static Agreement Publish(int version, string title, string text, DateTimeOffset now, string? publishedBy) =>
        new() { Id = Guid.NewGuid(), Version = version, Title = title.Trim(), Text = text, PublishedAt = now, PublishedBy = publishedBy };
}

/// <summary>When a version was first shown to an account: acceptance counts from here.</summary>
public sealed class AgreementShown : Entity<Guid>
{
    private AgreementShown()
    {
    }

    public Guid AccountId { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset ShownAt { get; private set; }

    public static AgreementShown Record(Guid accountId, int version, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), AccountId = accountId, Version = version, ShownAt = now };
}

/// <summary>The consent record: version, time, account and a hash of the address and user agent.</summary>
public sealed class AgreementConsent : Entity<Guid>
{
    public static readonly TimeSpan MinimumReadingTime = TimeSpan.FromSeconds(30);

    private AgreementConsent()
    {
    }

    public Guid AccountId { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }

    public string ClientHash { get; private set; } = string.Empty;

    public static AgreementConsent Accept(Guid accountId, int version, AgreementShown? shown, string clientHash, DateTimeOffset now)
    {
        CheckRule(new AgreementMustBeReadRule(shown, now));
        return new AgreementConsent { Id = Guid.NewGuid(), AccountId = accountId, Version = version, AcceptedAt = now, ClientHash = clientHash };
    }
}
