using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Post.TitleMaxLength);
        builder.Property(p => p.Body).HasMaxLength(PostBody.MaxLength);
        builder.HasOne(p => p.Group).WithMany().HasForeignKey(p => p.GroupId);
        builder.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId);
        builder.HasMany(p => p.Mentions).WithOne().HasForeignKey(m => m.PostId);
        builder.HasMany(p => p.Topics).WithOne(t => t.Post).HasForeignKey(t => t.PostId);
        builder.HasMany(p => p.Attachments).WithOne().HasForeignKey(a => a.PostId);
        builder.Navigation(p => p.Mentions).HasField("_mentions");
        builder.Navigation(p => p.Topics).HasField("_topics");
        builder.Navigation(p => p.Attachments).HasField("_attachments");
        builder.HasMany(p => p.AudienceGroups).WithOne().HasForeignKey(a => a.PostId);
        builder.HasMany(p => p.AudienceDepartments).WithOne().HasForeignKey(a => a.PostId);
        builder.Navigation(p => p.AudienceGroups).HasField("_audienceGroups");
        builder.Navigation(p => p.AudienceDepartments).HasField("_audienceDepartments");

        // Feeds: a group's posts by time, the company feed by time, a member's posts by time.
        builder.HasIndex(p => new { p.GroupId, p.PublishedAt });
        builder.HasIndex(p => p.PublishedAt);
        builder.HasIndex(p => new { p.IsPinned, p.PublishedAt });
        builder.HasIndex(p => new { p.AuthorId, p.PublishedAt, p.DeletedAt });
        builder.HasIndex(p => new { p.Kind, p.PublishedAt });
        builder.HasIndex(p => new { p.DeletedAt, p.PublishedAt }).HasFilter("\"DeletedAt\" IS NOT NULL");

        // Scheduled posts coming due: the few not yet announced, by time.
        builder.HasIndex(p => new { p.AnnouncedAt, p.PublishedAt });
    }
}

internal sealed class PostMentionConfiguration : IEntityTypeConfiguration<PostMention>
{
    public void Configure(EntityTypeBuilder<PostMention> builder)
    {
        builder.HasKey(m => new { m.PostId, m.MemberId });
        builder.HasOne(m => m.Member).WithMany().HasForeignKey(m => m.MemberId);
        builder.HasIndex(m => m.MemberId);
    }
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Topic.NameMaxLength);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

internal sealed class PostTopicConfiguration : IEntityTypeConfiguration<PostTopic>
{
    public void Configure(EntityTypeBuilder<PostTopic> builder)
    {
        builder.HasKey(t => new { t.PostId, t.TopicId });
        builder.HasOne(t => t.Topic).WithMany().HasForeignKey(t => t.TopicId);
        builder.HasIndex(t => t.TopicId);
    }
}

internal sealed class PostAttachmentConfiguration : IEntityTypeConfiguration<PostAttachment>
{
    public void Configure(EntityTypeBuilder<PostAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Url).HasMaxLength(2000);
        builder.HasIndex(a => a.PostId);
    }
}
