using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>The moderation queue: members report content, moderators resolve reports.</summary>
public sealed class ModerationService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<Report> ReportAsync(long actorId, long postId, string reason, long? commentId = null, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            await ReadablePosts.RequireAsync(db, actor, postId, Now, cancellationToken);
            Guard.Against(commentId is { } id && !await db.Comments.AnyAsync(c => c.Id == id && c.PostId == postId, cancellationToken),
                DomainErrors.CommentNotFound(commentId ?? 0));
            var report = new Report(actor.Id, postId, commentId, reason, Now);
            db.Reports.Add(report);
            return report;
        }, cancellationToken);

    /// <summary>A moderator dismisses the report, or removes the content and tells its author.</summary>
    public Task<Report> ResolveAsync(long actorId, long reportId, ReportStatus outcome, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var report = await db.Reports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken)
                ?? throw new DomainException(DomainErrors.ReportNotFound(reportId));
            var post = await db.Posts.FirstAsync(p => p.Id == report.PostId, cancellationToken);
            var membership = await Actors.MembershipAsync(db, post.GroupId, actor.Id, cancellationToken);
            Guard.Against(!AccessPolicy.CanModerate(actor, membership), DomainErrors.NotAuthorized("Only moderators resolve reports."));
            report.Resolve(outcome, actor.Id, Now);
            if (outcome == ReportStatus.ContentRemoved)
            {
                long authorId;
                if (report.CommentId is { } commentId)
                {
                    var comment = await db.Comments.FirstAsync(c => c.Id == commentId, cancellationToken);
                    comment.Delete(Now);
                    authorId = comment.AuthorId;
                }
                else
                {
                    post.Delete(Now);
                    authorId = post.AuthorId;
                }

                db.Notify(authorId, NotificationKind.ContentRemoved, actor.Id, Now, post.Id);
            }

            return report;
        }, cancellationToken);
}
