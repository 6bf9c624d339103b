using Enrollment.Modules.Registration.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion(id => id.Value, value => new ArticleId(value)).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(Article.MaxTitleLength);
        // Up to 20,000 characters: text / nvarchar(max), not a bounded column.
        builder.Property(a => a.Body);
        builder.Ignore(a => a.DomainEvents);
        builder.HasIndex(a => new { a.IsPublished, a.SortOrder });
    }
}
