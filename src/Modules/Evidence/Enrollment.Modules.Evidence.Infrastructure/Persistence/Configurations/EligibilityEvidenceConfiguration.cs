using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.Modules.Evidence.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per application (<c>eligibility_evidence</c>) and one row per answered page
/// (<c>evidence_pages</c>: kind, skipped-at, the page's fields as JSON text) — ADR-0014.
/// </summary>
/// <param name="protector">Encrypts the page's fields as a whole (they carry resident IDs, certificate and agreement numbers; ADR-0029).</param>
internal sealed class EligibilityEvidenceConfiguration(PersonalDataProtector protector) : IEntityTypeConfiguration<EligibilityEvidence>
{
    public void Configure(EntityTypeBuilder<EligibilityEvidence> builder)
    {
        builder.ToTable("eligibility_evidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.DomainEvents);

        builder.OwnsMany(e => e.Pages, page =>
        {
            page.ToTable("evidence_pages");
            page.WithOwner().HasForeignKey("ApplicationId");
            page.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
            page.HasKey("ApplicationId", nameof(EvidencePage.Kind));
            page.Property(p => p.Details)
                .HasConversion(EvidenceDetailsJson.Encrypted(protector), EvidenceDetailsJson.Comparer)
                .HasColumnName("Fields");
            page.Ignore(p => p.IsSkipped);
        });
        builder.Navigation(e => e.Pages).HasField("_pages").UsePropertyAccessMode(PropertyAccessMode.Field);

        // One row per certificate photo (evidence_attachments); the bytes are in the file store under FileKey.
        builder.OwnsMany(e => e.Attachments, attachment =>
        {
            attachment.ToTable("evidence_attachments");
            attachment.WithOwner().HasForeignKey("ApplicationId");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.Id).ValueGeneratedNever();
            attachment.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
            attachment.Property(a => a.Format).HasConversion<string>().HasMaxLength(8);
            attachment.Property(a => a.FileKey).HasMaxLength(200);
            attachment.Property(a => a.ThumbnailKey).HasMaxLength(200);
        });
        builder.Navigation(e => e.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>
/// The page's fields as JSON with a <c>$kind</c> discriminator, enums as strings, encrypted as one value: the one
/// place that writes them.
/// </summary>
internal static class EvidenceDetailsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new CreditCodeJsonConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddPolymorphism } },
    };

    public static string Serialize(EvidenceDetails? details) => JsonSerializer.Serialize(details, Options);

    public static EvidenceDetails? Deserialize(string json) => JsonSerializer.Deserialize<EvidenceDetails>(json, Options);

    /// <summary>The JSON, encrypted with the host's protector (legacy plaintext JSON still reads).</summary>
    public static EncryptedConverter<EvidenceDetails?> Encrypted(PersonalDataProtector protector) => new(protector, Serialize, Deserialize);

    public static readonly ValueComparer<EvidenceDetails?> Comparer = new(
        (a, b) => Equals(a, b),
        details => details == null ? 0 : details.GetHashCode(),
        details => details);

    private static void AddPolymorphism(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type == typeof(EvidenceDetails))
        {
            typeInfo.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = "$kind",
                DerivedTypes =
                {
                    new JsonDerivedType(typeof(PropertyEvidence), nameof(EvidenceKind.Property)),
                    new JsonDerivedType(typeof(ResidencePermitEvidence), nameof(EvidenceKind.ResidencePermit)),
                    new JsonDerivedType(typeof(EmploymentEvidence), nameof(EvidenceKind.Employment)),
                    new JsonDerivedType(typeof(BusinessEvidence), nameof(EvidenceKind.Business)),
                    new JsonDerivedType(typeof(PreferentialCareEvidence), nameof(EvidenceKind.PreferentialCare)),
                    new JsonDerivedType(typeof(RelocationEvidence), nameof(EvidenceKind.Relocation)),
                    new JsonDerivedType(typeof(LongTermResidenceEvidence), nameof(EvidenceKind.LongTermResidence)),
                },
            };
        }

        // Kind and NamedParent are derived from the record's type and fields: not stored.
        foreach (var property in typeInfo.Properties.Where(p => p.Name is "kind" or "namedParent").ToList())
        {
            typeInfo.Properties.Remove(property);
        }
    }

    private sealed class CreditCodeJsonConverter : JsonConverter<UnifiedSocialCreditCode>
    {
        public override UnifiedSocialCreditCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            UnifiedSocialCreditCode.FromStored(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, UnifiedSocialCreditCode value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
