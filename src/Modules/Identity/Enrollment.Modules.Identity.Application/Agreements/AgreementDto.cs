using Enrollment.Modules.Identity.Domain.Agreements;

namespace Enrollment.Modules.Identity.Application.Agreements;

public sealed record AgreementDto(int Version, string Title, string Text, DateTimeOffset PublishedAt, bool Accepted, DateTimeOffset? ShownAt, int MinimumReadingSeconds);

public sealed record ConsentDto(int Version, DateTimeOffset AcceptedAt);
