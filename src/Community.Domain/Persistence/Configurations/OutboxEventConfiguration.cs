using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(OutboxEvent.TypeMaxLength);
        builder.Ignore(e => e.Position);
    }

    /// <summary>
    /// On PostgreSQL each row keeps the id of the transaction that wrote it (set by the database), the
    /// first key of the delivery order; SQLite has no such column.
    /// </summary>
    public static void ConfigureTransactionId(EntityTypeBuilder<OutboxEvent> builder, bool postgreSql)
    {
        if (postgreSql)
        {
            builder.Property(e => e.TransactionId).HasDefaultValueSql("(pg_current_xact_id()::text::bigint)").ValueGeneratedOnAdd();
            builder.HasIndex(e => new { e.TransactionId, e.Id });
        }
        else
        {
            builder.Ignore(e => e.TransactionId);
        }
    }
}
