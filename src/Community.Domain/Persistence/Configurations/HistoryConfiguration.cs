using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

internal sealed class MemberStateConfiguration : IEntityTypeConfiguration<MemberState>
{
    public void Configure(EntityTypeBuilder<MemberState> builder)
    {
        builder.Property(s => s.Department).HasMaxLength(Member.NameMaxLength);
        builder.HasOne(s => s.Member).WithMany().HasForeignKey(s => s.MemberId);
        builder.HasIndex(s => new { s.MemberId, s.ValidFrom });
        builder.HasIndex(s => new { s.ValidFrom, s.ValidTo });
    }
}

internal sealed class GroupMembershipPeriodConfiguration : IEntityTypeConfiguration<GroupMembershipPeriod>
{
    public void Configure(EntityTypeBuilder<GroupMembershipPeriod> builder)
    {
        builder.HasOne<Group>().WithMany().HasForeignKey(p => p.GroupId);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId);
        builder.HasIndex(p => new { p.GroupId, p.JoinedAt, p.LeftAt, p.MemberId });
        builder.HasIndex(p => new { p.MemberId, p.GroupId });
    }
}

internal sealed class ReactionPeriodConfiguration : IEntityTypeConfiguration<ReactionPeriod>
{
    public void Configure(EntityTypeBuilder<ReactionPeriod> builder)
    {
        builder.HasOne<Post>().WithMany().HasForeignKey(p => p.PostId);
        builder.HasOne<Comment>().WithMany().HasForeignKey(p => p.CommentId);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId);
        builder.HasIndex(p => p.GivenAt);
        builder.HasIndex(p => p.ReactionId);
        builder.HasIndex(p => new { p.PostId, p.GivenAt, p.WithdrawnAt, p.MemberId });
        builder.HasIndex(p => p.CommentId);
        builder.HasIndex(p => new { p.MemberId, p.GivenAt, p.WithdrawnAt });
        builder.HasIndex(p => new { p.WithdrawnAt, p.GivenAt }).HasFilter("\"WithdrawnAt\" IS NOT NULL");
    }
}

internal sealed class RegistrationChangeConfiguration : IEntityTypeConfiguration<RegistrationChange>
{
    public void Configure(EntityTypeBuilder<RegistrationChange> builder)
    {
        builder.HasOne<EventRegistration>().WithMany().HasForeignKey(c => c.RegistrationId);
        builder.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId);
        builder.HasIndex(c => new { c.RegistrationId, c.ChangedAt });
        builder.HasIndex(c => new { c.EventId, c.ChangedAt });
        builder.HasIndex(c => c.MemberId);
    }
}
