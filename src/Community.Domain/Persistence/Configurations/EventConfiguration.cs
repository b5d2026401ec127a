using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(Event.TitleMaxLength);
        builder.Property(e => e.Description).HasMaxLength(PostBody.MaxLength);
        builder.Property(e => e.TimeZone).HasMaxLength(100);
        builder.Property(e => e.Location).HasMaxLength(200);
        builder.Property(e => e.OnlineUrl).HasMaxLength(2000);
        builder.HasOne(e => e.Group).WithMany().HasForeignKey(e => e.GroupId);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.OrganizerId);
        builder.HasIndex(e => new { e.GroupId, e.StartsAt });
        builder.HasIndex(e => e.StartsAt);
        builder.ToTable(t => t.HasCheckConstraint("CK_Events_Seats", "\"Capacity\" IS NULL OR \"RegisteredCount\" <= \"Capacity\""));
    }
}

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> builder)
    {
        builder.HasOne(r => r.Event).WithMany().HasForeignKey(r => r.EventId);
        builder.HasOne(r => r.Member).WithMany().HasForeignKey(r => r.MemberId);
        builder.HasIndex(r => new { r.EventId, r.MemberId }).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Status, r.RegisteredAt });
        builder.HasIndex(r => r.MemberId);
    }
}
