using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(Group.NameMaxLength);
        builder.Property(g => g.Description).HasMaxLength(Group.DescriptionMaxLength);
        builder.HasIndex(g => g.Name).IsUnique();
        builder.HasOne<Member>().WithMany().HasForeignKey(g => g.CreatedById);
        builder.HasMany(g => g.Memberships).WithOne(m => m.Group).HasForeignKey(m => m.GroupId);
        builder.Navigation(g => g.Memberships).HasField("_memberships");
    }
}

internal sealed class GroupMembershipConfiguration : IEntityTypeConfiguration<GroupMembership>
{
    public void Configure(EntityTypeBuilder<GroupMembership> builder)
    {
        builder.HasKey(m => new { m.GroupId, m.MemberId });
        builder.HasOne(m => m.Member).WithMany().HasForeignKey(m => m.MemberId);
        builder.HasIndex(m => m.MemberId);
    }
}
