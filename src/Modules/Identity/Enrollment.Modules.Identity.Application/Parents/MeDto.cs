using Enrollment.Modules.Identity.Application.WeChat;
using Enrollment.Modules.Identity.Domain.Parents;
using Enrollment.BuildingBlocks.Domain.PersonalData;

namespace Enrollment.Modules.Identity.Application.Parents;

/// <summary>个人信息, phone masked; <c>agreementAccepted</c> says whether the current agreement is agreed to.</summary>
public sealed record MeDto(Guid Id, string? Name, string? Relationship, string? Phone, bool PhoneBound, bool AgreementAccepted, int? AgreementVersion);
