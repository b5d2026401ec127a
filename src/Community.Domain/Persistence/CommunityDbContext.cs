using Community.Domain.Model;
using Community.Domain.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Persistence;

/// <summary>The community's tables. Configurations live beside it, one file per area.</summary>
public sealed class CommunityDbContext(DbContextOptions<CommunityDbContext> options) : DbContext(options)
{
    public DbSet<Member> Members => Set<Member>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<GroupMembership> GroupMemberships => Set<GroupMembership>();
    public DbSet<GroupJoinRequest> GroupJoinRequests => Set<GroupJoinRequest>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<PostMention> PostMentions => Set<PostMention>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<PostTopic> PostTopics => Set<PostTopic>();
    public DbSet<PostAttachment> PostAttachments => Set<PostAttachment>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<Reaction> Reactions => Set<Reaction>();
    public DbSet<PostView> PostViews => Set<PostView>();
    public DbSet<AnnouncementAudienceGroup> AnnouncementAudienceGroups => Set<AnnouncementAudienceGroup>();
    public DbSet<AnnouncementAudienceDepartment> AnnouncementAudienceDepartments => Set<AnnouncementAudienceDepartment>();
    public DbSet<PostAcknowledgement> PostAcknowledgements => Set<PostAcknowledgement>();
    public DbSet<Follow> Follows => Set<Follow>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventRegistration> EventRegistrations => Set<EventRegistration>();
    public DbSet<Poll> Polls => Set<Poll>();
    public DbSet<PollOption> PollOptions => Set<PollOption>();
    public DbSet<PollVote> PollVotes => Set<PollVote>();
    public DbSet<Badge> Badges => Set<Badge>();
    public DbSet<Praise> Praises => Set<Praise>();
    public DbSet<PraiseRecipient> PraiseRecipients => Set<PraiseRecipient>();
    public DbSet<MemberBadge> MemberBadges => Set<MemberBadge>();
    public DbSet<PointsEntry> PointsEntries => Set<PointsEntry>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<ActivityEntry> ActivityEntries => Set<ActivityEntry>();
    public DbSet<Charter> Charters => Set<Charter>();
    public DbSet<CharterAcceptance> CharterAcceptances => Set<CharterAcceptance>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<WebhookDeliveryAttempt> WebhookDeliveryAttempts => Set<WebhookDeliveryAttempt>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<OutboxEvent> OutboxEvents => Set<OutboxEvent>();

    /// <summary>Set when a save wrote outbox rows; cleared when the transaction ends (see <see cref="OutboxCommitInterceptor"/>).</summary>
    internal bool WroteOutboxRows { get; set; }
    public DbSet<MemberState> MemberStates => Set<MemberState>();
    public DbSet<GroupMembershipPeriod> GroupMembershipPeriods => Set<GroupMembershipPeriod>();
    public DbSet<ReactionPeriod> ReactionPeriods => Set<ReactionPeriod>();
    public DbSet<RegistrationChange> RegistrationChanges => Set<RegistrationChange>();
    public DbSet<ActivityDay> ActivityDays => Set<ActivityDay>();
    public DbSet<ActivityMonth> ActivityMonths => Set<ActivityMonth>();
    public DbSet<ViewMonth> ViewMonths => Set<ViewMonth>();
    public DbSet<KpiDayTotal> KpiDayTotals => Set<KpiDayTotal>();
    public DbSet<KpiDayDelta> KpiDayDeltas => Set<KpiDayDelta>();
    public DbSet<GroupParticipationDay> GroupParticipationDays => Set<GroupParticipationDay>();
    public DbSet<GroupParticipationLoss> GroupParticipationLosses => Set<GroupParticipationLoss>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendOnlyLedgers.Check(ChangeTracker);
        var events = OutboxRecorder.Collect(ChangeTracker);
        if (events.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        // The change and its events commit together: in the caller's transaction, or in one of our own.
        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var written = base.SaveChanges(acceptAllChangesOnSuccess: true);
        RecordOutboxRows(events);
        written += base.SaveChanges(acceptAllChangesOnSuccess);
        own?.Commit();
        return written;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendOnlyLedgers.Check(ChangeTracker);
        var events = OutboxRecorder.Collect(ChangeTracker);
        if (events.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        RecordOutboxRows(events);
        written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }

        return written;
    }

    private void RecordOutboxRows(List<Func<DateTime, OutboxEvent>> events)
    {
        var now = DateTime.UtcNow;
        OutboxEvents.AddRange(events.Select(e => e(now)));
        WroteOutboxRows = true;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommunityDbContext).Assembly);
        OutboxEventConfiguration.ConfigureTransactionId(modelBuilder.Entity<OutboxEvent>(), Database.IsNpgsql());

        // Rows are soft-deleted, so nothing cascades unless a configuration says the child is part of its parent.
        foreach (var foreignKey in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()))
        {
            if (!foreignKey.IsOwnership && foreignKey.DeleteBehavior == DeleteBehavior.Cascade
                && !CascadingChildren.Contains(foreignKey.DeclaringEntityType.ClrType))
            {
                foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
            }
        }
    }

    private static readonly HashSet<Type> CascadingChildren =
    [
        typeof(GroupMembership), typeof(PostMention), typeof(PostTopic), typeof(PostAttachment),
        typeof(PollOption), typeof(PraiseRecipient), typeof(WebhookDeliveryAttempt),
        typeof(AnnouncementAudienceGroup), typeof(AnnouncementAudienceDepartment),
    ];
}
