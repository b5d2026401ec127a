using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>
/// Publishing a post of any kind: access check, body, topics, attachments, mentions, then the activity,
/// points and notifications that follow. Shared by <see cref="PostService"/> and <see cref="PraiseService"/>.
/// </summary>
internal static class PostPublishing
{
    public static async Task<Post> PublishAsync(CommunityDbContext db, Member actor, NewPost input, DateTime now,
        CancellationToken cancellationToken)
    {
        var (group, membership) = await LoadSpaceAsync(db, actor, input.GroupId, cancellationToken);
        AccessPolicy.EnsureCanPost(actor, group, membership, input.Kind);
        Guard.Against(input.Kind == PostKind.Poll != (input.Poll is not null),
            DomainErrors.InvalidInput(nameof(NewPost.Poll), "a poll post needs a poll, and only poll posts have one."));

        var post = new Post(input.GroupId, actor.Id, input.Kind, input.Title, input.Body, now, input.PublishAt ?? now);
        foreach (var attachment in input.Attachments ?? [])
        {
            post.AddAttachment(new PostAttachment(attachment.FileName, attachment.ContentType, attachment.SizeBytes, attachment.Url));
        }

        post.ReplaceTopics(await ResolveTopicsAsync(db, input.Topics ?? [], cancellationToken));
        await AnnouncementAddressing.ApplyAsync(db, actor, post, input.Audience, input.RequiresAcknowledgement, cancellationToken);
        var mentioned = await ResolveMentionsAsync(db, post.Body, group, cancellationToken);
        post.ReplaceMentions(mentioned);
        db.Posts.Add(post);
        if (input.Poll is { } poll)
        {
            Guard.Against(poll.ClosesAt is { } closes && closes <= post.PublishedAt,
                DomainErrors.InvalidInput(nameof(NewPoll.ClosesAt), "a poll must close after the post is published."));
            db.Polls.Add(new Poll(post, poll.Question, poll.Options, poll.ClosesAt));
        }

        await db.SaveChangesAsync(cancellationToken);

        // A scheduled post counts (activity, points) from the moment it becomes visible.
        db.RecordActivity(actor.Id, ActivityKind.PostPublished, post.PublishedAt, post.GroupId, post.Id);
        db.AwardPoints(actor.Id, PointsReason.PostPublished, post.Id, post.PublishedAt);
        foreach (var memberId in mentioned)
        {
            db.Notify(memberId, NotificationKind.Mentioned, actor.Id, post.PublishedAt, post.Id);
        }

        return post;
    }

    /// <summary>Loads a group the actor may read, with their membership; unknown and unreadable groups look the same.</summary>
    public static async Task<(Group? Group, GroupMembership? Membership)> LoadSpaceAsync(CommunityDbContext db, Member actor,
        long? groupId, CancellationToken cancellationToken)
    {
        if (groupId is null)
        {
            return (null, null);
        }

        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        var membership = await Actors.MembershipAsync(db, groupId, actor.Id, cancellationToken);
        Guard.Against(group is null || !AccessPolicy.CanSee(actor, group!, membership), DomainErrors.GroupNotFound(groupId.Value));
        return (group, membership);
    }

    /// <summary>Mentioned handles that name enabled members who can read the post; others are plain text.</summary>
    public static async Task<List<long>> ResolveMentionsAsync(CommunityDbContext db, string body, Group? group,
        CancellationToken cancellationToken)
    {
        var handles = MentionParser.Parse(body).ToList();
        if (handles.Count == 0)
        {
            return [];
        }

        var members = db.Members.Where(m => handles.Contains(m.Handle) && m.IsEnabled);
        members = group is null
            ? members.Where(m => m.Kind == MemberKind.Employee)
            : members.Where(m => db.GroupMemberships.Any(gm => gm.GroupId == group.Id && gm.MemberId == m.Id)
                || (group.Visibility == GroupVisibility.Public && m.Kind == MemberKind.Employee));
        return await members.Select(m => m.Id).ToListAsync(cancellationToken);
    }

    private static async Task<List<Topic>> ResolveTopicsAsync(CommunityDbContext db, IReadOnlyList<string> names,
        CancellationToken cancellationToken)
    {
        Guard.Against(names.Count > 10, DomainErrors.InvalidInput(nameof(NewPost.Topics), "at most 10 topics per post."));
        var normalized = names.Select(Topic.Normalize).Distinct().ToList();
        var existing = await db.Topics.Where(t => normalized.Contains(t.Name)).ToListAsync(cancellationToken);
        var created = normalized.Except(existing.Select(t => t.Name)).Select(n => new Topic(n)).ToList();
        db.Topics.AddRange(created);
        return [.. existing, .. created];
    }
}
