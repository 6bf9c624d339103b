using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences.Attachments;
using Mapster;

namespace Enrollment.Modules.Evidence.Application.Attachments;

/// <summary>Mapster: the attachment read models are plain copies, the page as its slug and the format as its content type.</summary>
public sealed class AttachmentMappings : IRegister
{
    public static TypeAdapterConfig Config { get; } = Build();

    public void Register(TypeAdapterConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.NewConfig<EvidenceAttachment, AttachmentDto>()
            .Map(d => d.Kind, s => s.Kind.Slug())
            .Map(d => d.ContentType, s => s.Format.ContentType());
        config.NewConfig<EvidenceAttachment, EvidenceAttachmentInfo>()
            .Map(d => d.Kind, s => s.Kind.Slug())
            .Map(d => d.Page, s => (int)s.Kind)
            .Map(d => d.ContentType, s => s.Format.ContentType());
    }

    private static TypeAdapterConfig Build()
    {
        var config = new TypeAdapterConfig();
        new AttachmentMappings().Register(config);
        config.Compile();
        return config;
    }
}
