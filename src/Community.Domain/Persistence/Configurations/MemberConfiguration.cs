using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.Property(m => m.ExternalId).HasMaxLength(200);
        builder.Property(m => m.Handle).HasMaxLength(Member.HandleMaxLength);
        builder.Property(m => m.Email).HasMaxLength(320);
        builder.Property(m => m.DisplayName).HasMaxLength(Member.NameMaxLength);
        builder.Property(m => m.Title).HasMaxLength(Member.NameMaxLength);
        builder.Property(m => m.Department).HasMaxLength(Member.NameMaxLength);
        builder.Property(m => m.Location).HasMaxLength(Member.NameMaxLength);
        builder.Property(m => m.About).HasMaxLength(Member.AboutMaxLength);
        builder.Property(m => m.AvatarUrl).HasMaxLength(2000);
        builder.HasIndex(m => m.ExternalId).IsUnique();
        builder.HasIndex(m => m.Handle).IsUnique();
        builder.HasIndex(m => m.Email).IsUnique();
        builder.HasIndex(m => m.Department);
    }
}

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> builder)
    {
        builder.HasKey(f => new { f.FollowerId, f.FolloweeId });
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.FollowerId);
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.FolloweeId);
        builder.HasIndex(f => f.FolloweeId);
    }
}
