using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.Property(w => w.Url).HasMaxLength(Webhook.UrlMaxLength);
        builder.Property(w => w.Description).HasMaxLength(Webhook.DescriptionMaxLength);
        // By name, comma-separated: readable in the table, and independent of the enum's numbers.
        builder.Property(w => w.EventTypes)
            .HasConversion(
                types => string.Join(',', types),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<WebhookEventType>).ToArray(),
                new ValueComparer<IReadOnlyList<WebhookEventType>>(
                    (a, b) => a!.SequenceEqual(b!),
                    types => types.Aggregate(0, (hash, type) => HashCode.Combine(hash, type)),
                    types => types.ToArray()))
            .HasMaxLength(200);
        builder.HasOne<Member>().WithMany().HasForeignKey(w => w.CreatedById);
        builder.HasIndex(w => w.CreatedById);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.Property(d => d.EventType).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<Webhook>().WithMany().HasForeignKey(d => d.WebhookId);
        builder.HasMany(d => d.Attempts).WithOne().HasForeignKey(a => a.DeliveryId);
        builder.Navigation(d => d.Attempts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(d => new { d.WebhookId, d.OutboxEventId }).IsUnique();
        // The sender's question: which deliveries are due?
        builder.HasIndex(d => d.NextAttemptAt);
    }
}

internal sealed class WebhookDeliveryAttemptConfiguration : IEntityTypeConfiguration<WebhookDeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryAttempt> builder)
    {
        builder.Property(a => a.ResponseBody).HasMaxLength(WebhookDeliveryAttempt.ResponseMaxLength);
        builder.Property(a => a.Error).HasMaxLength(WebhookDeliveryAttempt.ErrorMaxLength);
        builder.HasIndex(a => a.DeliveryId);
    }
}
