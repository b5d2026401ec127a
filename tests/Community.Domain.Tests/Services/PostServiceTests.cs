using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

public abstract class PostServiceTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task A_group_member_posts_in_the_group()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var group = await community.GroupAsync(owner, "Makers");

        var post = await community.PostAsync(owner, group.Id, "First post");

        var stored = await community.Context().Posts.SingleAsync();
        Assert.Equal(post.Id, stored.Id);
        Assert.Equal(group.Id, stored.GroupId);
        Assert.Equal("First post", stored.Body);
        Assert.Equal(DateTimeKind.Utc, stored.PublishedAt.Kind);
        Assert.Equal(community.Now, stored.PublishedAt);
    }

    [DatabaseFact]
    public async Task A_non_member_cannot_post_in_a_group_and_nothing_is_written()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var outsider = await community.MemberAsync("outsider");
        var group = await community.GroupAsync(owner, "Makers");

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAMember,
            () => community.PostAsync(outsider, group.Id));
    }

    [DatabaseFact]
    public async Task An_unknown_group_is_refused()
    {
        await using var community = await CommunityAsync();
        var member = await community.MemberAsync("member");

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.GroupNotFound,
            () => community.PostAsync(member, 999));
    }

    [DatabaseFact]
    public async Task A_secret_group_looks_unknown_to_outsiders()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var outsider = await community.MemberAsync("outsider");
        var secret = await community.GroupAsync(owner, "Board", GroupVisibility.Secret);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.GroupNotFound,
            () => community.PostAsync(outsider, secret.Id));
    }

    [DatabaseFact]
    public async Task Guests_post_only_in_their_groups()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var guest = await community.GuestAsync("guest");
        var theirs = await community.GroupAsync(owner, "Partners", GroupVisibility.Private);
        var other = await community.GroupAsync(owner, "Public square");
        await community.Groups.AddMemberAsync(owner.Id, theirs.Id, guest.Id);

        await community.PostAsync(guest, theirs.Id, "Hello from a partner");

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.PostAsync(guest, null));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.GroupNotFound,
            () => community.PostAsync(guest, other.Id));
        Assert.Equal(1, await community.Context().Posts.CountAsync());
    }

    [DatabaseFact]
    public async Task Announcements_are_for_group_owners_and_admins()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var member = await community.MemberAsync("member");
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var group = await community.GroupAsync(owner, "Makers");
        await community.Groups.JoinAsync(member.Id, group.Id);

        await community.PostAsync(owner, group.Id, "Owner news", PostKind.Announcement);
        await community.PostAsync(admin, null, "Company news", PostKind.Announcement);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.PostAsync(member, group.Id, "Not mine to announce", PostKind.Announcement));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.PostAsync(owner, null, "Not mine either", PostKind.Announcement));
    }

    [DatabaseTheory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public async Task An_empty_body_is_refused(string body)
    {
        await using var community = await CommunityAsync();
        var member = await community.MemberAsync("member");

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.BodyEmpty,
            () => community.PostAsync(member, null, body));
    }

    [DatabaseFact]
    public async Task An_oversized_body_is_refused()
    {
        await using var community = await CommunityAsync();
        var member = await community.MemberAsync("member");

        await community.PostAsync(member, null, new string('a', PostBody.MaxLength));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.BodyTooLong,
            () => community.PostAsync(member, null, new string('a', PostBody.MaxLength + 1)));
    }

    [DatabaseFact]
    public async Task Only_the_author_or_a_moderator_edits_a_post()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var other = await community.MemberAsync("other");
        var moderator = await community.MemberAsync("moderator", role: MemberRole.Moderator);
        var post = await community.PostAsync(author, null, "Draft");

        await community.Posts.EditAsync(author.Id, post.Id, null, "Edited by author");
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Posts.EditAsync(other.Id, post.Id, null, "Hijacked"));
        await community.Posts.EditAsync(moderator.Id, post.Id, null, "Edited by moderator");

        var stored = await community.Context().Posts.SingleAsync();
        Assert.Equal("Edited by moderator", stored.Body);
        Assert.Equal(community.Now, stored.EditedAt);
    }

    [DatabaseFact]
    public async Task A_group_moderator_edits_and_pins_in_their_group()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var author = await community.MemberAsync("author");
        var group = await community.GroupAsync(owner, "Makers");
        await community.Groups.JoinAsync(author.Id, group.Id);
        var post = await community.PostAsync(author, group.Id);

        await community.Posts.EditAsync(owner.Id, post.Id, "Title", "Tidied up");
        await community.Posts.SetPinnedAsync(owner.Id, post.Id, pinned: true);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Posts.SetPinnedAsync(author.Id, post.Id, pinned: false));

        var stored = await community.Context().Posts.SingleAsync();
        Assert.True(stored.IsPinned);
        Assert.Equal("Title", stored.Title);
    }

    [DatabaseFact]
    public async Task A_scheduled_post_is_invisible_until_its_time()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var reader = await community.MemberAsync("reader");
        var post = await community.Posts.CreateAsync(author.Id, new NewPost(null, PostKind.Update, "Tomorrow's news", PublishAt: community.Now.AddDays(1)));

        var readerView = await community.Context().Members.SingleAsync(m => m.Id == reader.Id);
        Assert.Empty(await community.Context().VisiblePosts(readerView, community.Now).ToListAsync());
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.PostNotFound,
            () => community.Posts.RecordViewAsync(reader.Id, post.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.PostNotFound,
            () => community.Comments.AddAsync(reader.Id, post.Id, "Too early"));

        community.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Single(await community.Context().VisiblePosts(readerView, community.Now).ToListAsync());
        await community.Posts.RecordViewAsync(reader.Id, post.Id);
        Assert.Equal(1, await community.Context().PostViews.CountAsync(v => v.PostId == post.Id));
    }

    [DatabaseFact]
    public async Task A_scheduled_post_is_moved_or_published_now_by_its_author_only_while_scheduled()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var other = await community.MemberAsync("other");
        var post = await community.Posts.CreateAsync(author.Id, new NewPost(null, PostKind.Update, "Launch day", PublishAt: community.Now.AddDays(3)));

        var moved = await community.Posts.RescheduleAsync(author.Id, post.Id, community.Now.AddDays(1));

        Assert.Equal(community.Now.AddDays(1), moved.PublishedAt);
        Assert.Equal(community.Now.AddDays(1), (await community.Context().Posts.SingleAsync(p => p.Id == post.Id)).PublishedAt);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.PostNotFound,
            () => community.Posts.RescheduleAsync(other.Id, post.Id, null));

        var now = await community.Posts.RescheduleAsync(author.Id, post.Id, community.Now.AddDays(-2));

        Assert.Equal(community.Now, now.PublishedAt);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Posts.RescheduleAsync(author.Id, post.Id, community.Now.AddDays(1)));
    }

    [DatabaseFact]
    public async Task A_scheduled_poll_cannot_move_past_its_closing_time()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var post = await community.Posts.CreateAsync(author.Id, new NewPost(null, PostKind.Poll, "Lunch?", PublishAt: community.Now.AddDays(1),
            Poll: new NewPoll("Where?", ["Here", "There"], community.Now.AddDays(2))));

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Posts.RescheduleAsync(author.Id, post.Id, community.Now.AddDays(3)));
    }

    [DatabaseFact]
    public async Task Feeds_show_what_each_member_may_read()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var employee = await community.MemberAsync("employee");
        var guest = await community.GuestAsync("guest");
        var open = await community.GroupAsync(owner, "Open");
        var closed = await community.GroupAsync(owner, "Closed", GroupVisibility.Private);
        await community.Groups.AddMemberAsync(owner.Id, closed.Id, guest.Id);
        await community.PostAsync(owner, null, "company");
        await community.PostAsync(owner, open.Id, "open");
        await community.PostAsync(owner, closed.Id, "closed");

        async Task<string[]> FeedOf(Member member)
        {
            var context = community.Context();
            var viewer = await context.Members.SingleAsync(m => m.Id == member.Id);
            return await context.VisiblePosts(viewer, community.Now).OrderBy(p => p.Id).Select(p => p.Body).ToArrayAsync();
        }

        Assert.Equal(["company", "open"], await FeedOf(employee));
        Assert.Equal(["closed"], await FeedOf(guest));
        Assert.Equal(["company", "open", "closed"], await FeedOf(owner));
    }

    [DatabaseFact]
    public async Task Mentions_are_parsed_from_the_body_and_resolved_to_members()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var jane = await community.MemberAsync("jane.doe");
        var bob = await community.MemberAsync("bob");

        var post = await community.PostAsync(author, null, "Thanks @jane.doe and @nobody! Not `@bob` in code.");

        var context = community.Context();
        var mentioned = await context.PostMentions.Where(m => m.PostId == post.Id).Select(m => m.MemberId).ToListAsync();
        Assert.Equal([jane.Id], mentioned);
        var notification = await context.Notifications.SingleAsync();
        Assert.Equal((jane.Id, NotificationKind.Mentioned, author.Id), (notification.RecipientId, notification.Kind, notification.ActorId));

        await community.Posts.EditAsync(author.Id, post.Id, null, "Thanks @bob");
        Assert.Equal([bob.Id], await community.Context().PostMentions.Select(m => m.MemberId).ToListAsync());
    }

    [DatabaseFact]
    public async Task Topics_and_attachments_are_stored_with_the_post()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");

        await community.Posts.CreateAsync(author.Id, new NewPost(null, PostKind.Question, "Where is the guide?",
            Topics: ["#Onboarding", "security", "onboarding"],
            Attachments: [new NewAttachment("guide.pdf", "application/pdf", 1234, "https://files.example.com/guide.pdf")]));
        await community.Posts.CreateAsync(author.Id, new NewPost(null, PostKind.Update, "Again", Topics: ["security"]));

        var context = community.Context();
        Assert.Equal(["onboarding", "security"], await context.Topics.OrderBy(t => t.Name).Select(t => t.Name).ToListAsync());
        Assert.Equal(3, await context.PostTopics.CountAsync());
        Assert.Equal("guide.pdf", (await context.PostAttachments.SingleAsync()).FileName);
    }

    [DatabaseFact]
    public async Task Deleted_posts_disappear_from_feeds()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var other = await community.MemberAsync("other");
        var post = await community.PostAsync(author, null);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Posts.DeleteAsync(other.Id, post.Id));
        await community.Posts.DeleteAsync(author.Id, post.Id);

        var context = community.Context();
        var viewer = await context.Members.SingleAsync(m => m.Id == other.Id);
        Assert.Empty(await context.VisiblePosts(viewer, community.Now).ToListAsync());
        Assert.Equal(1, await context.Posts.CountAsync());
    }

    public sealed class Sqlite() : PostServiceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : PostServiceTests(DatabaseProvider.PostgreSql);
}
