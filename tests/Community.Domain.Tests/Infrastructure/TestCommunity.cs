using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>
/// A migrated database (SQLite or PostgreSQL), a manual clock and the domain services, each call on a fresh context
/// as a request would have. Helpers build the members and groups a test starts from.
/// </summary>
public sealed class TestCommunity : IAsyncDisposable
{
    public static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private readonly List<CommunityDbContext> _contexts = [];

    private TestCommunity(TestDatabase database)
    {
        Database = database;
    }

    public TestDatabase Database { get; }

    public ManualClock Clock { get; } = new(Start);

    public DateTime Now => Clock.UtcNow;

    public MemberService Members => new(Context(), Clock);
    public GroupService Groups => new(Context(), Clock);
    public PostService Posts => new(Context(), Clock);
    public CommentService Comments => new(Context(), Clock);
    public ReactionService Reactions => new(Context(), Clock);
    public FollowService Follows => new(Context(), Clock);
    public EventService Events => new(Context(), Clock);
    public PollService Polls => new(Context(), Clock);
    public PraiseService Praise => new(Context(), Clock);
    public SurveyService Surveys => new(Context(), Clock);
    public ModerationService Moderation => new(Context(), Clock);
    public NotificationService Notifications => new(Context(), Clock);
    public CharterService Charter => new(Context(), Clock);
    public WebhookService Webhooks => new(Context(), Clock);
    public AnnouncementService Announcements => new(Context(), Clock);

    public static async Task<TestCommunity> CreateAsync(DatabaseProvider provider) => new(await TestDatabase.MigratedAsync(provider));

    /// <summary>A context of its own, for reading back what services wrote.</summary>
    public CommunityDbContext Context()
    {
        var context = Database.NewContext();
        _contexts.Add(context);
        return context;
    }

    public Task<Member> MemberAsync(string handle, MemberKind kind = MemberKind.Employee, MemberRole role = MemberRole.Member) =>
        Members.RegisterAsync($"sub-{handle}", handle, $"{handle}@example.com", handle, kind, role);

    public Task<Member> GuestAsync(string handle) => MemberAsync(handle, MemberKind.Guest);

    public Task<Group> GroupAsync(Member owner, string name, GroupVisibility visibility = GroupVisibility.Public) =>
        Groups.CreateAsync(owner.Id, name, $"About {name}", visibility);

    public Task<Post> PostAsync(Member author, long? groupId, string body = "Hello **world**", PostKind kind = PostKind.Update) =>
        Posts.CreateAsync(author.Id, new NewPost(groupId, kind, body));

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        Database.Dispose();
    }
}
