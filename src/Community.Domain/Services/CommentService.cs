using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>Threaded comments on posts.</summary>
public sealed class CommentService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Anyone who can read a published post comments on it, or replies to one of its comments.</summary>
    public Task<Comment> AddAsync(long actorId, long postId, string body, long? parentCommentId = null,
        CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var (post, _) = await ReadablePosts.RequireAsync(db, actor, postId, Now, cancellationToken);
            Comment? parent = null;
            if (parentCommentId is { } parentId)
            {
                parent = await db.Comments.FirstOrDefaultAsync(c => c.Id == parentId && c.PostId == postId && c.DeletedAt == null, cancellationToken)
                    ?? throw new DomainException(DomainErrors.CommentNotFound(parentId));
            }

            var comment = new Comment(post.Id, actor.Id, parentCommentId, body, Now);
            db.Comments.Add(comment);
            await db.SaveChangesAsync(cancellationToken);
            db.RecordActivity(actor.Id, ActivityKind.CommentAdded, Now, post.GroupId, post.Id, comment.Id);
            db.AwardPoints(actor.Id, PointsReason.CommentAdded, comment.Id, Now);
            db.Notify(post.AuthorId, NotificationKind.Commented, actor.Id, Now, post.Id);
            if (parent is not null && parent.AuthorId != post.AuthorId)
            {
                db.Notify(parent.AuthorId, NotificationKind.Replied, actor.Id, Now, post.Id);
            }

            return comment;
        }, cancellationToken);

    /// <summary>The author or a moderator edits a comment.</summary>
    public Task<Comment> EditAsync(long actorId, long commentId, string body, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var (comment, _) = await LoadEditableAsync(actorId, commentId, cancellationToken);
            comment.Edit(body, Now);
            return comment;
        }, cancellationToken);

    public Task DeleteAsync(long actorId, long commentId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var (comment, _) = await LoadEditableAsync(actorId, commentId, cancellationToken);
            comment.Delete(Now);
        }, cancellationToken);

    private async Task<(Comment Comment, Member Actor)> LoadEditableAsync(long actorId, long commentId, CancellationToken cancellationToken)
    {
        var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId && c.DeletedAt == null, cancellationToken)
            ?? throw new DomainException(DomainErrors.CommentNotFound(commentId));
        var (_, membership) = await ReadablePosts.RequireAsync(db, actor, comment.PostId, Now, cancellationToken);
        AccessPolicy.EnsureCanEdit(actor, comment.AuthorId, membership);
        return (comment, actor);
    }
}
