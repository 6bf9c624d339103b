using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Articles.Rules;

namespace Enrollment.Modules.Registration.Domain.Articles;

public readonly record struct ArticleId(Guid Value) : IStronglyTypedId<Guid>
{
    public static ArticleId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>
/// 家长必读: an FAQ or policy notice the district admin writes for parents. The body is plain text,
/// paragraphs separated by line breaks, shown as text (never as HTML). Parents see it once published;
/// <see cref="PublishedAt"/> is the first publication and stays when the admin unpublishes and republishes.
/// </summary>
public sealed class Article : AggregateRoot<ArticleId>
{
    public const int MaxTitleLength = 60;
    public const int MaxBodyLength = 20_000;
    public const int SummaryLength = 60;

    private Article()
    {
    }

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public int SortOrder { get; private set; }

    public bool IsPublished { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Article Create(string title, string body, int sortOrder, bool publish, DateTimeOffset now)
    {
        var article = new Article { Id = ArticleId.New() };
        article.Update(title, body, sortOrder, publish, now);
        return article;
    }

    public void Update(string title, string body, int sortOrder, bool publish, DateTimeOffset now)
    {
        var trimmedTitle = title?.Trim() ?? string.Empty;
        var normalizedBody = NormalizeBody(body);
        CheckRule(new ArticleTitleMustBeGivenRule(trimmedTitle));
        CheckRule(new ArticleBodyMustBeGivenRule(normalizedBody));
        Title = trimmedTitle;
        Body = normalizedBody;
        SortOrder = sortOrder;
        IsPublished = publish;
        var utcNow = now.ToUniversalTime();
        if (publish && PublishedAt is null)
        {
            PublishedAt = utcNow;
        }

        UpdatedAt = utcNow;
    }

    /// <summary>The first characters of the body on one line, for the list (… when cut).</summary>
    public static string Summarize(string body)
    {
        var oneLine = string.Join(' ', (body ?? string.Empty).Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length <= SummaryLength ? oneLine : string.Concat(oneLine.AsSpan(0, SummaryLength), "…");
    }

    /// <summary>Line breaks as <c>\n</c>, no trailing spaces on lines, no blank lines at either end.</summary>
    public static string NormalizeBody(string? body) =>
        string.Join('\n', (body ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n', ' ', '\t');
}
