using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

internal sealed class AnnouncementAudienceGroupConfiguration : IEntityTypeConfiguration<AnnouncementAudienceGroup>
{
    public void Configure(EntityTypeBuilder<AnnouncementAudienceGroup> builder)
    {
        builder.HasKey(a => new { a.PostId, a.GroupId });
        builder.HasOne<Group>().WithMany().HasForeignKey(a => a.GroupId);
        builder.HasIndex(a => a.GroupId);
    }
}

internal sealed class AnnouncementAudienceDepartmentConfiguration : IEntityTypeConfiguration<AnnouncementAudienceDepartment>
{
    public void Configure(EntityTypeBuilder<AnnouncementAudienceDepartment> builder)
    {
        builder.Property(a => a.Department).HasMaxLength(Member.NameMaxLength);
        builder.HasKey(a => new { a.PostId, a.Department });
    }
}

internal sealed class PostAcknowledgementConfiguration : IEntityTypeConfiguration<PostAcknowledgement>
{
    public void Configure(EntityTypeBuilder<PostAcknowledgement> builder)
    {
        builder.HasOne<Post>().WithMany().HasForeignKey(a => a.PostId);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId);
        // One acknowledgement per member and post: acknowledging again finds this row instead of adding one.
        builder.HasIndex(a => new { a.PostId, a.MemberId }).IsUnique();
        builder.HasIndex(a => a.MemberId);
    }
}
