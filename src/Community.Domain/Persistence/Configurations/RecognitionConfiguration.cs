using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

internal sealed class BadgeConfiguration : IEntityTypeConfiguration<Badge>
{
    public void Configure(EntityTypeBuilder<Badge> builder)
    {
        builder.Property(b => b.Code).HasMaxLength(50);
        builder.Property(b => b.Name).HasMaxLength(100);
        builder.Property(b => b.Description).HasMaxLength(500);
        builder.HasIndex(b => b.Code).IsUnique();
    }
}

internal sealed class PraiseConfiguration : IEntityTypeConfiguration<Praise>
{
    public void Configure(EntityTypeBuilder<Praise> builder)
    {
        builder.HasOne(p => p.Post).WithOne().HasForeignKey<Praise>(p => p.PostId);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.GiverId);
        builder.HasOne(p => p.Badge).WithMany().HasForeignKey(p => p.BadgeId);
        builder.HasMany(p => p.Recipients).WithOne(r => r.Praise).HasForeignKey(r => r.PraiseId);
        builder.Navigation(p => p.Recipients).HasField("_recipients");
        builder.HasIndex(p => new { p.GiverId, p.CreatedAt });
    }
}

internal sealed class PraiseRecipientConfiguration : IEntityTypeConfiguration<PraiseRecipient>
{
    public void Configure(EntityTypeBuilder<PraiseRecipient> builder)
    {
        builder.HasKey(r => new { r.PraiseId, r.MemberId });
        builder.HasOne(r => r.Member).WithMany().HasForeignKey(r => r.MemberId);
        builder.HasIndex(r => r.MemberId);
    }
}

internal sealed class MemberBadgeConfiguration : IEntityTypeConfiguration<MemberBadge>
{
    public void Configure(EntityTypeBuilder<MemberBadge> builder)
    {
        builder.HasOne<Member>().WithMany().HasForeignKey(b => b.MemberId);
        builder.HasOne(b => b.Badge).WithMany().HasForeignKey(b => b.BadgeId);
        builder.HasOne(b => b.Praise).WithMany().HasForeignKey(b => b.PraiseId);
        builder.HasIndex(b => new { b.MemberId, b.AwardedAt });
    }
}

internal sealed class PointsEntryConfiguration : IEntityTypeConfiguration<PointsEntry>
{
    public void Configure(EntityTypeBuilder<PointsEntry> builder)
    {
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId);
        builder.HasIndex(p => new { p.MemberId, p.OccurredAt });
        builder.HasIndex(p => p.OccurredAt);
    }
}
