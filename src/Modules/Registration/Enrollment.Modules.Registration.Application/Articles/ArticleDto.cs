using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Articles;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Articles;

/// <summary>One line of 家长必读: the summary is the body's first characters on one line.</summary>
public sealed record ArticleSummaryDto(Guid Id, string Title, string Summary, DateTimeOffset? PublishedAt);

/// <summary>A published article as parents read it; <see cref="Body"/> is plain text, paragraphs separated by <c>\n</c>.</summary>
public sealed record ArticleDto(Guid Id, string Title, string Body, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt);

/// <summary>An article as the district admin edits it.</summary>
public sealed record AdminArticleDto(Guid Id, string Title, string Body, string Summary, int SortOrder, bool IsPublished, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt);
