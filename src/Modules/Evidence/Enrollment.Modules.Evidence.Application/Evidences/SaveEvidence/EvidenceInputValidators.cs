using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences.Certificates;
using Enrollment.Modules.Evidence.Domain.Evidences.Rules;
using FluentValidation;

namespace Enrollment.Modules.Evidence.Application.Evidences.SaveEvidence;

/// <summary>Shape checks shared by every page: the address region and the rest of the address.</summary>
internal static class EvidenceFieldRules
{
    public const string ParentMessageSuffix = "请选择父亲或母亲";

    public static void Address<T>(AbstractValidator<T> validator, string label)
        where T : EvidenceInput
    {
        validator.RuleFor(i => i.RegionCode).NotEmpty().WithMessage($"请选择{label}所在地区");
        validator.RuleFor(i => i.AddressDetail)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"请填写{label}")
            .MaximumLength(100).WithMessage($"{label}不能超过100个字");
    }

    public static IRuleBuilderOptions<T, string?> Parent<T>(IRuleBuilder<T, string?> rule, string label) =>
        rule.Must(EvidenceInput.IsEnum<ParentRole>).WithMessage($"{label}：{ParentMessageSuffix}");

    public static IRuleBuilderOptions<T, string?> Text<T>(IRuleBuilderInitial<T, string?> rule, string label, int max = 50) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"请填写{label}")
            .MaximumLength(max).WithMessage($"{label}不能超过{max}个字");

    /// <summary>The certificate's format (<see cref="CertificateNumbers"/>), its message in Chinese on the field.</summary>
    public static void Certificate<T>(IRuleBuilderInitial<T, string?> rule, Func<T, CertificateFormat> format) =>
        rule.Custom((value, context) =>
        {
            if (CertificateNumbers.Check(format(context.InstanceToValidate), value) is { } message)
            {
                context.AddFailure(message);
            }
        });

    public static void Community<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> community)
        where T : EvidenceInput =>
        Text(validator.RuleFor(community), "所属小区");
}

internal sealed class PropertyEvidenceInputValidator : AbstractValidator<PropertyEvidenceInput>
{
    public PropertyEvidenceInputValidator()
    {
        EvidenceFieldRules.Parent(RuleFor(i => i.Holder), "产权人");
        RuleFor(i => i.TitleType).Must(EvidenceInput.IsEnum<PropertyTitleType>).WithMessage("请选择产权类型（房产证、不动产权证、土地使用证、网签购房合同）");
        EvidenceFieldRules.Certificate(
            RuleFor(i => i.CertificateNumber),
            i => EvidenceInput.IsEnum<PropertyTitleType>(i.TitleType)
                ? CertificateNumbers.Of(EvidenceInput.ParseEnum<PropertyTitleType>(i.TitleType))
                : CertificateFormat.HouseOwnershipCertificate); // no type chosen: the lenient check, whose message names 产权编号 too
        EvidenceFieldRules.Address(this, "房产登记地址");
        EvidenceFieldRules.Community(this, i => i.Community);
    }
}

internal sealed class ResidencePermitEvidenceInputValidator : AbstractValidator<ResidencePermitEvidenceInput>
{
    public ResidencePermitEvidenceInputValidator()
    {
        EvidenceFieldRules.Parent(RuleFor(i => i.Holder), "持证人");
        EvidenceFieldRules.Certificate(RuleFor(i => i.PermitNumber), _ => CertificateFormat.ResidencePermit);
        EvidenceFieldRules.Address(this, "居住地址");
        RuleFor(i => i.ValidUntil).NotNull().WithMessage("请填写居住证有效期限");
    }
}

internal sealed class EmploymentEvidenceInputValidator : AbstractValidator<EmploymentEvidenceInput>
{
    public EmploymentEvidenceInputValidator()
    {
        EvidenceFieldRules.Parent(RuleFor(i => i.Parent), "务工人");
        EvidenceFieldRules.Text(RuleFor(i => i.Employer), "工作单位", 100);
        EvidenceFieldRules.Address(this, "单位地址");
        EvidenceFieldRules.Certificate(RuleFor(i => i.SocialInsuranceNumber), _ => CertificateFormat.SocialInsurance);
    }
}

internal sealed class BusinessEvidenceInputValidator : AbstractValidator<BusinessEvidenceInput>
{
    public BusinessEvidenceInputValidator()
    {
        EvidenceFieldRules.Parent(RuleFor(i => i.Parent), "经营者");
        RuleFor(i => i.BusinessLicence).Custom((value, context) =>
        {
            if (UnifiedSocialCreditCode.MessageOf(value) is { } message)
            {
                context.AddFailure(message);
            }
        });
        EvidenceFieldRules.Address(this, "经营地址");
    }
}

internal sealed class PreferentialCareEvidenceInputValidator : AbstractValidator<PreferentialCareEvidenceInput>
{
    public PreferentialCareEvidenceInputValidator()
    {
        EvidenceFieldRules.Parent(RuleFor(i => i.Recipient), "优抚对象");
        EvidenceFieldRules.Certificate(RuleFor(i => i.CertificateNumber), _ => CertificateFormat.PreferentialCare);
        EvidenceFieldRules.Address(this, "居住地址");
        EvidenceFieldRules.Community(this, i => i.Community);
    }
}

internal sealed class RelocationEvidenceInputValidator : AbstractValidator<RelocationEvidenceInput>
{
    public RelocationEvidenceInputValidator()
    {
        EvidenceFieldRules.Text(RuleFor(i => i.RelocatedPersonName), "被拆迁人姓名", 30);
        RuleFor(i => i.RelocatedPersonResidentId).Custom((value, context) =>
        {
            if (RelocatedPersonIdMustBeValidRule.MessageOf(value) is { } message)
            {
                context.AddFailure(message);
            }
        });
        EvidenceFieldRules.Certificate(RuleFor(i => i.AgreementNumber), _ => CertificateFormat.RelocationAgreement);
        EvidenceFieldRules.Address(this, "居住地址");
        EvidenceFieldRules.Community(this, i => i.Community);
    }
}

internal sealed class LongTermResidenceEvidenceInputValidator : AbstractValidator<LongTermResidenceEvidenceInput>
{
    public LongTermResidenceEvidenceInputValidator()
    {
        EvidenceFieldRules.Parent(RuleFor(i => i.Owner), "户主");
        RuleFor(i => i.PaymentType).Must(EvidenceInput.IsEnum<UtilityType>).WithMessage("请选择缴费类型（水、电、燃气）");
        EvidenceFieldRules.Certificate(RuleFor(i => i.AccountNumber), _ => CertificateFormat.UtilityAccount);
        EvidenceFieldRules.Text(RuleFor(i => i.AccountHolderName), "户名", 30);
        EvidenceFieldRules.Address(this, "居住地址");
        EvidenceFieldRules.Community(this, i => i.Community);
    }
}
