using Enrollment.Modules.Identity.Domain.Agreements;
using Enrollment.Modules.Identity.Domain.Clients;
using Enrollment.Modules.Identity.Domain.Parents;
using Enrollment.Modules.Identity.Domain.Phones;
using Enrollment.Modules.Identity.Domain.Staff;

namespace Enrollment.Modules.Identity.Application.Abstractions;

public interface IParentAccountRepository
{
    Task<ParentAccount?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<ParentAccount?> FindAsync(string openId, string? unionId, CancellationToken cancellationToken);

    void Add(ParentAccount account);
}

public interface IAgreementRepository
{
    Task<Agreement?> GetCurrentAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Agreement>> ListAsync(CancellationToken cancellationToken);

    Task<AgreementShown?> GetShownAsync(Guid accountId, int version, CancellationToken cancellationToken);

    Task<AgreementConsent?> GetConsentAsync(Guid accountId, int version, CancellationToken cancellationToken);

    /// <summary>Whether the account has agreed to the newest version (false when none is published).</summary>
    Task<bool> HasAcceptedCurrentAsync(Guid accountId, CancellationToken cancellationToken);

    void Add(Agreement agreement);

    void Add(AgreementShown shown);

    void Add(AgreementConsent consent);
}

public interface IPhoneVerificationRepository
{
    /// <summary>Codes sent since the given time to this phone or for this account.</summary>
    Task<RecentCodes> SentSinceAsync(Guid accountId, string phone, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The latest code sent for this account to this phone.</summary>
    Task<PhoneVerification?> GetLatestAsync(Guid accountId, string phone, CancellationToken cancellationToken);

    void Add(PhoneVerification verification);
}

public interface IStaffRepository
{
    Task<StaffUser?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<StaffUser?> FindByUserNameAsync(string userName, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellationToken);

    void Add(StaffUser user);

    void Remove(StaffUser user);
}

public interface IIntegratorClientRepository
{
    Task<IntegratorClient?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IntegratorClient?> FindByClientIdAsync(string clientId, CancellationToken cancellationToken);

    Task<IReadOnlyList<IntegratorClient>> ListAsync(CancellationToken cancellationToken);

    void Add(IntegratorClient client);
}
