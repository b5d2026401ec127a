using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Domain.Persistence.Configurations;

// The KPI roll-ups are written by the triggers of schema version 13 and only read through the model.

internal sealed class ActivityDayConfiguration : IEntityTypeConfiguration<ActivityDay>
{
    public void Configure(EntityTypeBuilder<ActivityDay> builder) => builder.HasKey(d => new { d.MemberId, d.Day });
}

internal sealed class ActivityMonthConfiguration : IEntityTypeConfiguration<ActivityMonth>
{
    public void Configure(EntityTypeBuilder<ActivityMonth> builder)
    {
        builder.HasKey(m => new { m.MemberId, m.Month });
        builder.HasIndex(m => m.Month);
    }
}

internal sealed class ViewMonthConfiguration : IEntityTypeConfiguration<ViewMonth>
{
    public void Configure(EntityTypeBuilder<ViewMonth> builder)
    {
        builder.HasKey(m => new { m.MemberId, m.Month });
        builder.HasIndex(m => m.Month);
    }
}

internal sealed class KpiDayTotalConfiguration : IEntityTypeConfiguration<KpiDayTotal>
{
    public void Configure(EntityTypeBuilder<KpiDayTotal> builder) => builder.HasKey(t => t.Day);
}

internal sealed class KpiDayDeltaConfiguration : IEntityTypeConfiguration<KpiDayDelta>
{
    public void Configure(EntityTypeBuilder<KpiDayDelta> builder) => builder.HasIndex(d => d.Day);
}

internal sealed class GroupParticipationDayConfiguration : IEntityTypeConfiguration<GroupParticipationDay>
{
    public void Configure(EntityTypeBuilder<GroupParticipationDay> builder)
    {
        builder.HasKey(d => new { d.GroupId, d.MemberId, d.Day });
        builder.HasIndex(d => new { d.GroupId, d.Day, d.MemberId });
    }
}

internal sealed class GroupParticipationLossConfiguration : IEntityTypeConfiguration<GroupParticipationLoss>
{
    public void Configure(EntityTypeBuilder<GroupParticipationLoss> builder) => builder.HasIndex(l => new { l.GroupId, l.MemberId, l.Day });
}
