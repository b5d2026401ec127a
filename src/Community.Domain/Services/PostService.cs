using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>Posts: publishing, editing, pinning, deleting, and recording who viewed them.</summary>
public sealed class PostService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Publishes (or schedules) a post. Praise posts go through <see cref="PraiseService"/>.</summary>
    public Task<Post> CreateAsync(long actorId, NewPost input, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            Guard.Against(input.Kind == PostKind.Praise,
                DomainErrors.InvalidInput(nameof(NewPost.Kind), "give praise with the praise operation, which names recipients."));
            return await PostPublishing.PublishAsync(db, actor, input, Now, cancellationToken);
        }, cancellationToken);

    /// <summary>The author or a moderator changes the title and body; mentions follow the new body.</summary>
    public Task<Post> EditAsync(long actorId, long postId, string? title, string body, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var (actor, post, group, membership) = await LoadReadableAsync(actorId, postId, cancellationToken);
            AccessPolicy.EnsureCanEdit(actor, post.AuthorId, membership);
            var before = post.Mentions.Select(m => m.MemberId).ToHashSet();
            post.Edit(title, body, Now);
            var mentioned = await PostPublishing.ResolveMentionsAsync(db, post.Body, group, cancellationToken);
            post.ReplaceMentions(mentioned);
            foreach (var memberId in mentioned.Where(id => !before.Contains(id)))
            {
                db.Notify(memberId, NotificationKind.Mentioned, actor.Id, Now, post.Id);
            }

            return post;
        }, cancellationToken);

    /// <summary>
    /// The author or a moderator moves a scheduled post to another time, or publishes it now (no time, or one
    /// already past). A poll must still close after the post is published.
    /// </summary>
    public Task<Post> RescheduleAsync(long actorId, long postId, DateTime? publishAt, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var (actor, post, _, membership) = await LoadReadableAsync(actorId, postId, cancellationToken);
            AccessPolicy.EnsureCanEdit(actor, post.AuthorId, membership);
            post.Reschedule(publishAt ?? Now, Now);
            var poll = await db.Polls.FirstOrDefaultAsync(p => p.PostId == post.Id, cancellationToken);
            Guard.Against(poll?.ClosesAt is { } closes && closes <= post.PublishedAt,
                DomainErrors.InvalidInput(nameof(NewPoll.ClosesAt), "a poll must close after the post is published; choose an earlier time."));
            return post;
        }, cancellationToken);

    /// <summary>Moderators pin and unpin: community moderators anywhere, group owners and moderators in their group.</summary>
    public Task<Post> SetPinnedAsync(long actorId, long postId, bool pinned, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var (actor, post, _, membership) = await LoadReadableAsync(actorId, postId, cancellationToken);
            Guard.Against(!AccessPolicy.CanModerate(actor, membership), DomainErrors.NotAuthorized("Only moderators can pin posts."));
            if (pinned)
            {
                post.Pin(Now);
            }
            else
            {
                post.Unpin();
            }

            return post;
        }, cancellationToken);

    /// <summary>The author or a moderator removes a post; it stays in the database, hidden.</summary>
    public Task DeleteAsync(long actorId, long postId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var (actor, post, _, membership) = await LoadReadableAsync(actorId, postId, cancellationToken);
            AccessPolicy.EnsureCanEdit(actor, post.AuthorId, membership);
            post.Delete(Now);
        }, cancellationToken);

    /// <summary>Records that the member saw the post; views of scheduled or unreadable posts are refused.</summary>
    public Task<PostView> RecordViewAsync(long actorId, long postId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var (actor, post, _, _) = await LoadReadableAsync(actorId, postId, cancellationToken);
            Guard.Against(!post.IsPublishedAt(Now), DomainErrors.PostNotFound(postId));
            var view = new PostView(post.Id, actor.Id, Now);
            db.PostViews.Add(view);
            db.RecordActivity(actor.Id, ActivityKind.PostViewed, Now, post.GroupId, post.Id);
            return view;
        }, cancellationToken);

    /// <summary>Records that the member saw each of the posts, as a feed scrolls: all are recorded, or none when one cannot be read.</summary>
    public Task RecordViewsAsync(long actorId, IReadOnlyCollection<long> postIds, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            foreach (var postId in postIds)
            {
                var (actor, post, _, _) = await LoadReadableAsync(actorId, postId, cancellationToken);
                Guard.Against(!post.IsPublishedAt(Now), DomainErrors.PostNotFound(postId));
                db.PostViews.Add(new PostView(post.Id, actor.Id, Now));
                db.RecordActivity(actor.Id, ActivityKind.PostViewed, Now, post.GroupId, post.Id);
            }
        }, cancellationToken);

    private async Task<(Member Actor, Post Post, Group? Group, GroupMembership? Membership)> LoadReadableAsync(
        long actorId, long postId, CancellationToken cancellationToken)
    {
        var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
        var post = await db.Posts.Include(p => p.Group).Include(p => p.Mentions)
            .FirstOrDefaultAsync(p => p.Id == postId, cancellationToken)
            ?? throw new DomainException(DomainErrors.PostNotFound(postId));
        var membership = await Actors.MembershipAsync(db, post.GroupId, actorId, cancellationToken);
        Guard.Against(!await ReadablePosts.CanReadAsync(db, actor, post, membership, Now, cancellationToken), DomainErrors.PostNotFound(postId));
        return (actor, post, post.Group, membership);
    }
}
