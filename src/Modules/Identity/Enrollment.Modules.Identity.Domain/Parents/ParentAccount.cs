using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Identity.Domain.Parents;

/// <summary>A parent, known by the WeChat openid of the official account (the unionid when WeChat gives one).</summary>
public sealed class ParentAccount : AggregateRoot<Guid>
{
    private ParentAccount()
    {
    }

    public string OpenId { get; private set; } = string.Empty;

    public string? UnionId { get; private set; }

    /// <summary>个人信息: the parent's own name.</summary>
    public string? Name { get; private set; }

    /// <summary>与学生关系, e.g. 父亲/母亲.</summary>
    public string? Relationship { get; private set; }

    public string? Phone { get; private set; }

    public DateTimeOffset? PhoneBoundAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSignInAt { get; private set; }

    public static ParentAccount Create(string openId, string? unionId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(openId);
        return new ParentAccount { Id = Guid.NewGuid(), OpenId = openId, UnionId = unionId, CreatedAt = now, LastSignInAt = now };
    }

    public void SignedIn(string? unionId, DateTimeOffset now)
    {
        UnionId ??= unionId;
        LastSignInAt = now;
    }

    public void UpdateProfile(string? name, string? relationship)
    {
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        Relationship = string.IsNullOrWhiteSpace(relationship) ? null : relationship.Trim();
    }

    public void BindPhone(string phone, DateTimeOffset now)
    {
        Phone = phone;
        PhoneBoundAt = now;
    }
}
