using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.Property(c => c.Body).HasMaxLength(PostBody.MaxLength);
        builder.HasOne(c => c.Post).WithMany().HasForeignKey(c => c.PostId);
        builder.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId);
        builder.HasOne(c => c.ParentComment).WithMany().HasForeignKey(c => c.ParentCommentId);
        builder.HasIndex(c => new { c.PostId, c.CreatedAt, c.DeletedAt, c.AuthorId });
        builder.HasIndex(c => new { c.AuthorId, c.CreatedAt, c.DeletedAt });
        builder.HasIndex(c => c.ParentCommentId);
        builder.HasIndex(c => new { c.DeletedAt, c.CreatedAt }).HasFilter("\"DeletedAt\" IS NOT NULL");
    }
}

internal sealed class ReactionConfiguration : IEntityTypeConfiguration<Reaction>
{
    public void Configure(EntityTypeBuilder<Reaction> builder)
    {
        builder.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId);
        builder.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId);
        builder.HasOne(r => r.Member).WithMany().HasForeignKey(r => r.MemberId);

        // One reaction per member and subject; the subject is the post, or the comment when set.
        builder.HasIndex(r => new { r.PostId, r.MemberId })
            .IsUnique().HasFilter("\"CommentId\" IS NULL").HasDatabaseName("IX_Reactions_Post_Member");
        builder.HasIndex(r => new { r.CommentId, r.MemberId })
            .IsUnique().HasFilter("\"CommentId\" IS NOT NULL").HasDatabaseName("IX_Reactions_Comment_Member");
        builder.HasIndex(r => new { r.MemberId, r.CreatedAt });
    }
}

internal sealed class PostViewConfiguration : IEntityTypeConfiguration<PostView>
{
    public void Configure(EntityTypeBuilder<PostView> builder)
    {
        builder.HasOne<Post>().WithMany().HasForeignKey(v => v.PostId);
        builder.HasOne<Member>().WithMany().HasForeignKey(v => v.MemberId);
        builder.HasIndex(v => new { v.PostId, v.MemberId, v.ViewedAt });
        builder.HasIndex(v => new { v.MemberId, v.ViewedAt });
        builder.HasIndex(v => v.ViewedAt);
    }
}
