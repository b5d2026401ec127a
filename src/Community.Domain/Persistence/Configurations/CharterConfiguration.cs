using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

internal sealed class CharterConfiguration : IEntityTypeConfiguration<Charter>
{
    public void Configure(EntityTypeBuilder<Charter> builder)
    {
        builder.Property(c => c.Body).HasMaxLength(Charter.MaxBodyLength);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.PublishedById);
        builder.HasIndex(c => c.Version).IsUnique();
        builder.HasIndex(c => c.PublishedById);
    }
}

internal sealed class CharterAcceptanceConfiguration : IEntityTypeConfiguration<CharterAcceptance>
{
    public void Configure(EntityTypeBuilder<CharterAcceptance> builder)
    {
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId);
        // The version number, not a row id: "has accepted version N" reads without a join. Only the
        // service writes acceptances, and only for the current version, so the number always names a charter.
        builder.HasIndex(a => new { a.MemberId, a.CharterVersion }).IsUnique();
        builder.HasIndex(a => a.CharterVersion);
    }
}
