using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasOne<Member>().WithMany().HasForeignKey(n => n.RecipientId);
        builder.HasOne<Member>().WithMany().HasForeignKey(n => n.ActorId);
        builder.HasOne<Post>().WithMany().HasForeignKey(n => n.PostId);
        builder.HasOne<Event>().WithMany().HasForeignKey(n => n.EventId);
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt });
        builder.HasIndex(n => n.ActorId);
        builder.HasIndex(n => n.PostId);
        builder.HasIndex(n => n.EventId);
    }
}

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.ReporterId);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.ResolvedById);
        builder.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId);
        builder.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId);
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        builder.HasIndex(r => r.ReporterId);
        builder.HasIndex(r => r.ResolvedById);
        builder.HasIndex(r => r.PostId);
        builder.HasIndex(r => r.CommentId);
    }
}

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Question).HasMaxLength(500);
        builder.HasOne<Group>().WithMany().HasForeignKey(s => s.GroupId);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.CreatedById);
        builder.HasIndex(s => s.GroupId);
        builder.HasIndex(s => s.CreatedById);
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.Comment).HasMaxLength(4000);
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId);
        builder.HasIndex(r => new { r.SurveyId, r.MemberId }).IsUnique();
        builder.HasIndex(r => r.MemberId);
    }
}

internal sealed class ActivityEntryConfiguration : IEntityTypeConfiguration<ActivityEntry>
{
    public void Configure(EntityTypeBuilder<ActivityEntry> builder)
    {
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId);
        builder.HasIndex(a => a.OccurredAt);
        builder.HasIndex(a => new { a.MemberId, a.OccurredAt });
        builder.HasIndex(a => new { a.Kind, a.OccurredAt });
        builder.HasIndex(a => new { a.GroupId, a.OccurredAt });
        builder.HasIndex(a => a.PostId);
    }
}
