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
        // Secret groups are left out so that a secret name never blocks (and so reveals) anything; see GroupService.
        builder.HasIndex(g => g.Name).IsUnique().HasFilter("\"Visibility\" <> 2");
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

internal sealed class GroupJoinRequestConfiguration : IEntityTypeConfiguration<GroupJoinRequest>
{
    public void Configure(EntityTypeBuilder<GroupJoinRequest> builder)
    {
        builder.HasOne<Group>().WithMany().HasForeignKey(r => r.GroupId);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.DecidedById);
        builder.HasIndex(r => new { r.GroupId, r.MemberId }).IsUnique();
        builder.HasIndex(r => new { r.GroupId, r.Status, r.RequestedAt });
        builder.HasIndex(r => r.MemberId);
    }
}
