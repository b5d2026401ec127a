using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

public abstract class OutboxTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task Each_change_records_its_event_in_the_outbox()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var bob = await community.MemberAsync("bob");

        var post = await community.Posts.CreateAsync(ada.Id, new NewPost(null, PostKind.Update, "Hello @bob"));
        var comment = await community.Comments.AddAsync(bob.Id, post.Id, "Hi");
        await community.Reactions.ReactAsync(bob.Id, post.Id, ReactionKind.Like);
        await community.Reactions.ReactAsync(bob.Id, post.Id, ReactionKind.Celebrate);
        await community.Reactions.ReactAsync(ada.Id, post.Id, ReactionKind.Funny, comment.Id);
        await community.Reactions.RemoveAsync(bob.Id, post.Id);
        var meetup = await community.Events.CreateAsync(ada.Id, new NewEvent(null, "Meetup", community.Now.AddDays(1), community.Now.AddDays(1).AddHours(1)));
        await community.Events.RegisterAsync(bob.Id, meetup.Id);
        await community.Events.CancelEventAsync(ada.Id, meetup.Id);

        var rows = await Rows(community);
        var mention = await community.Context().Notifications.SingleAsync(n => n.RecipientId == bob.Id && n.PostId == post.Id);
        Assert.Contains((OutboxEventType.PostCreated, post.Id, (long?)null, (long?)null), rows.Select(Subjects));
        Assert.Contains(rows, r => r.Type == OutboxEventType.NotificationReceived && r.NotificationId == mention.Id && r.MemberId == bob.Id);
        Assert.Contains((OutboxEventType.CommentAdded, post.Id, comment.Id, (long?)null), rows.Select(Subjects));
        // Added, changed, withdrawn on the post; added on the comment.
        Assert.Equal(3, rows.Count(r => r.Type == OutboxEventType.ReactionsChanged && r.PostId == post.Id && r.CommentId == null));
        Assert.Single(rows, r => r.Type == OutboxEventType.ReactionsChanged && r.CommentId == comment.Id);
        // Registering and cancelling; creating an event is no update.
        Assert.Equal(2, rows.Count(r => r.Type == OutboxEventType.EventUpdated && r.EventId == meetup.Id));
        Assert.Equal(rows.Select(r => r.Id).Order(), rows.Select(r => r.Id));
    }

    [DatabaseFact]
    public async Task A_rolled_back_change_records_nothing()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var post = await community.PostAsync(ada, null);
        var before = await Rows(community);

        await using (var context = community.Context())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            await new CommentService(context, community.Clock).AddAsync(ada.Id, post.Id, "Never mind");
            await new PostService(context, community.Clock).CreateAsync(ada.Id, new NewPost(null, PostKind.Update, "Nor this"));
            Assert.True(await context.OutboxEvents.CountAsync() > before.Count);
            await transaction.RollbackAsync();
        }

        Assert.Equal(before.Select(r => r.Id), (await Rows(community)).Select(r => r.Id));
        Assert.Equal(0, await community.Context().Comments.CountAsync());
    }

    [DatabaseFact]
    public async Task A_commit_that_wrote_events_wakes_this_process_and_a_rollback_does_not()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var commit = community.Database.Database.OutboxCommits.Next;

        await using (var context = community.Context())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            await new PostService(context, community.Clock).CreateAsync(ada.Id, new NewPost(null, PostKind.Update, "Rolled back"));
            await transaction.RollbackAsync();
        }

        Assert.False(commit.IsCompleted);
        await community.PostAsync(ada, null, "Committed");
        Assert.True(commit.IsCompleted);
    }

    [DatabaseFact]
    public async Task A_save_without_a_transaction_commits_the_change_and_its_event_together()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var post = await community.PostAsync(ada, null);

        await using (var context = community.Context())
        {
            context.Comments.Add(NewComment(post.Id, ada.Id));
            await context.SaveChangesAsync();
        }

        var comment = await community.Context().Comments.SingleAsync();
        Assert.Contains(await Rows(community), r => r.Type == OutboxEventType.CommentAdded && r.CommentId == comment.Id);
    }

    [DatabaseFact]
    public async Task A_scheduled_post_is_announced_once_when_it_comes_due()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var post = await community.Posts.CreateAsync(ada.Id, new NewPost(null, PostKind.Update, "Later", PublishAt: community.Now.AddHours(2)));

        Assert.Null(post.AnnouncedAt);
        Assert.DoesNotContain(await Rows(community), r => r.Type == OutboxEventType.PostCreated);
        Assert.Equal(0, await Announcer(community).AnnounceDueAsync());

        community.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await Announcer(community).AnnounceDueAsync());
        Assert.Equal(0, await Announcer(community).AnnounceDueAsync());

        Assert.Single(await Rows(community), r => r.Type == OutboxEventType.PostCreated && r.PostId == post.Id);
        Assert.Equal(community.Now, (await community.Context().Posts.SingleAsync()).AnnouncedAt);
    }

    [DatabaseFact]
    public async Task A_deleted_scheduled_post_is_never_announced()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada", role: MemberRole.Admin);
        var post = await community.Posts.CreateAsync(ada.Id, new NewPost(null, PostKind.Update, "Later", PublishAt: community.Now.AddHours(1)));
        await community.Posts.DeleteAsync(ada.Id, post.Id);

        community.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(0, await Announcer(community).AnnounceDueAsync());
        Assert.DoesNotContain(await Rows(community), r => r.Type == OutboxEventType.PostCreated);
    }

    [DatabaseFact]
    public async Task Announcers_racing_announce_each_due_post_once()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        for (var i = 0; i < 5; i++)
        {
            await community.Posts.CreateAsync(ada.Id, new NewPost(null, PostKind.Update, $"Later {i}", PublishAt: community.Now.AddMinutes(i + 1)));
        }

        community.Clock.Advance(TimeSpan.FromHours(1));
        var announced = new int[4];
        var outcomes = await Race.RunAsync(community, 4, async (context, racer) =>
            announced[racer] = await new ScheduledPostAnnouncer(context, community.Clock).AnnounceDueAsync());

        Assert.All(outcomes, o => Assert.Equal(Race.Ok, o));
        Assert.Equal(5, announced.Sum());
        var created = (await Rows(community)).Where(r => r.Type == OutboxEventType.PostCreated).Select(r => r.PostId).ToList();
        Assert.Equal(5, created.Distinct().Count());
        Assert.Equal(5, created.Count);
    }

    [DatabaseFact]
    public async Task The_feed_reads_after_a_position_in_order_and_starts_at_the_head()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var before = await community.PostAsync(ada, null, "Before");
        var head = await OutboxFeed.HeadAsync(community.Context());

        var first = await community.PostAsync(ada, null, "First");
        var second = await community.PostAsync(ada, null, "Second");

        var read = await ReadCommittedAsync(community, head, second.Id);
        // PostgreSQL's head stays behind transactions still running when it is taken (on a shared server,
        // other databases' too), so a row committed just before may come first; never one after is missed.
        var created = read.Where(r => r.Type == OutboxEventType.PostCreated).Select(r => r.PostId!.Value).ToList();
        Assert.Equal([first.Id, second.Id], created.Where(id => id != before.Id || Provider == DatabaseProvider.Sqlite));
        var rest = await OutboxFeed.ReadAfterAsync(community.Context(), read[^2].Position, 10);
        Assert.Equal([read[^1].Id], rest.Select(r => r.Id));
        Assert.Empty(await OutboxFeed.ReadAfterAsync(community.Context(), read[^1].Position, 10));
        Assert.Equal(read[^1].Position, (await OutboxFeed.ReadAfterAsync(community.Context(), OutboxPosition.Start, 10))[^1].Position);
    }

    /// <summary>
    /// Reads until the row of <paramref name="untilPostId"/> is there: on PostgreSQL a row waits until every older
    /// transaction of the server has ended, and other databases of the test server have theirs.
    /// </summary>
    private static async Task<List<OutboxEvent>> ReadCommittedAsync(TestCommunity community, OutboxPosition after, long untilPostId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var read = await OutboxFeed.ReadAfterAsync(community.Context(), after, 100, timeout.Token);
            if (read.Any(r => r.PostId == untilPostId))
            {
                return read;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    private static Task<List<OutboxEvent>> Rows(TestCommunity community) =>
        community.Context().OutboxEvents.OrderBy(e => e.Id).ToListAsync();

    private static (OutboxEventType, long?, long?, long?) Subjects(OutboxEvent row) => (row.Type, row.PostId, row.CommentId, row.EventId);

    private static ScheduledPostAnnouncer Announcer(TestCommunity community) => new(community.Context(), community.Clock);

    private static Comment NewComment(long postId, long authorId) =>
        (Comment)Activator.CreateInstance(typeof(Comment), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null,
            [postId, authorId, null, "Direct", TestCommunity.Start], null)!;

    public sealed class Sqlite() : OutboxTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : OutboxTests(DatabaseProvider.PostgreSql);
}
