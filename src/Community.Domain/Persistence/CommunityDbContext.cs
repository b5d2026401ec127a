using Community.Domain.Model;
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
    public DbSet<MemberState> MemberStates => Set<MemberState>();
    public DbSet<GroupMembershipPeriod> GroupMembershipPeriods => Set<GroupMembershipPeriod>();
    public DbSet<ReactionPeriod> ReactionPeriods => Set<ReactionPeriod>();
    public DbSet<RegistrationChange> RegistrationChanges => Set<RegistrationChange>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendOnlyLedgers.Check(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendOnlyLedgers.Check(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommunityDbContext).Assembly);

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
        typeof(PollOption), typeof(PraiseRecipient),
    ];
}
