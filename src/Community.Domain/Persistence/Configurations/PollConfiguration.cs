using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> builder)
    {
        builder.Property(p => p.Question).HasMaxLength(300);
        builder.HasOne(p => p.Post).WithOne().HasForeignKey<Poll>(p => p.PostId);
        builder.HasMany(p => p.Options).WithOne(o => o.Poll).HasForeignKey(o => o.PollId);
        builder.Navigation(p => p.Options).HasField("_options");
    }
}

internal sealed class PollOptionConfiguration : IEntityTypeConfiguration<PollOption>
{
    public void Configure(EntityTypeBuilder<PollOption> builder)
    {
        builder.Property(o => o.Text).HasMaxLength(200);
    }
}

internal sealed class PollVoteConfiguration : IEntityTypeConfiguration<PollVote>
{
    public void Configure(EntityTypeBuilder<PollVote> builder)
    {
        builder.HasOne<Poll>().WithMany().HasForeignKey(v => v.PollId);
        builder.HasOne<PollOption>().WithMany().HasForeignKey(v => v.OptionId);
        builder.HasOne<Member>().WithMany().HasForeignKey(v => v.MemberId);
        builder.HasIndex(v => new { v.PollId, v.MemberId }).IsUnique();
        builder.HasIndex(v => v.OptionId);
        builder.HasIndex(v => v.MemberId);
    }
}
